using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Meldcode;

/// <summary>The acute card for a message that spoke of danger but was not understood: the numbers, then the button.</summary>
internal sealed class AcuteDangerReply : IDangerReply
{
    public RenderedCard NotUnderstood(UserLanguage language, string notUnderstood) =>
        AcuteCard.Render(language, new AcuteCardModel { NotUnderstood = notUnderstood });
}
