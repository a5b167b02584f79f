using BreedBot.Connector.Schema;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>The invoke answers of the reflection verbs: a card in place, a notice, or a refusal that reveals nothing.</summary>
internal static class ReflectionReplies
{
    public static TurnResult Card(RenderedCard card) => TurnResult.Card(card);

    public static TurnResult Notice(UserLanguage language, string title, params string[] lines) => Card(NoticeCard.Render(language, title, lines));

    /// <summary>Not the sender's (or no longer there): the same answer either way, so an id reveals nothing.</summary>
    public static TurnResult NotFound(UserLanguage language) => TurnResult.Error(
        StatusCodes.Status404NotFound,
        "ReflectionNotFound",
        language == UserLanguage.English
            ? "I can't find that reflection for you. Send 'reflection' to see your own."
            : "Die reflectie kan ik voor jou niet vinden. Stuur 'reflectie' om je eigen reflecties te zien.");

    public static TurnResult Expired(UserLanguage language) => Notice(language,
        language == UserLanguage.English ? "This reflection has expired" : "Deze reflectie is verlopen",
        language == UserLanguage.English
            ? "Unfinished reflections are deleted after 14 days. Send 'reflection' to start a new one."
            : "Onafgemaakte reflecties worden na 14 dagen verwijderd. Stuur 'reflectie' om een nieuwe te beginnen.");

    public static string RefusalNotice(ReflectionOutcomeKind kind, ReflectionStep current, bool en) => kind switch
    {
        ReflectionOutcomeKind.AlreadyDone => en
            ? $"That step was already done; nothing was changed. You are at step {(int)current}."
            : $"Die stap was al verwerkt; er is niets veranderd. Je bent bij stap {(int)current}.",
        _ => en
            ? $"That card belongs to another step; nothing was changed. You are at step {(int)current}."
            : $"Die kaart hoort bij een andere stap; er is niets veranderd. Je bent bij stap {(int)current}.",
    };
}
