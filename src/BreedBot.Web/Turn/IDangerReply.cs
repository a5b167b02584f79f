using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Turn;

/// <summary>
/// The answer to a message BreedBot did not understand but that spoke of danger: a card with 112 and Veilig Thuis on
/// its first two lines, then the usual "dat begrijp ik nog niet". The meldcode feature gives it, so Turn imports no feature.
/// </summary>
internal interface IDangerReply
{
    RenderedCard NotUnderstood(UserLanguage language, string notUnderstood);
}
