using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>The invoke answers of the reflection verbs: a card in place, a notice, or a refusal that reveals nothing.</summary>
internal static class ReflectionReplies
{
    public static TurnResult Card(RenderedCard card) => TurnResult.Card(card);

    public static TurnResult Notice(UserLanguage language, string title, params string[] lines) => Card(NoticeCard.Render(language, title, lines));

    /// <summary>Not the sender's (or no longer there): the same answer either way, so an id reveals nothing.</summary>
    public static TurnResult NotFound(UserLanguage language) =>
        TurnResult.Error(StatusCodes.Status404NotFound, "ReflectionNotFound", ReflectionTexts.For(language).NotFound);

    public static TurnResult Expired(UserLanguage language)
    {
        var t = ReflectionTexts.For(language);
        return Notice(language, t.ExpiredTitle, t.Expired);
    }
}
