using System.Text.Json.Nodes;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The "Acuut gevaar" button every card in the personal chat ends with (the templates bind it as
/// <c>${acuteAction.title}</c>): always the last action, red, and independent of the card's inputs. A card about
/// the reader's own reflection passes its id, so the acute card can lead back to it; no other card does.
/// </summary>
internal static class AcuteAction
{
    public static JsonObject Data(UserLanguage language) => new() { ["title"] = SafetyTexts.For(language).AcuteButton };

    public static JsonObject Data(UserLanguage language, string? ownReflectionId) => new()
    {
        ["title"] = SafetyTexts.For(language).AcuteButton,
        ["reflectionId"] = ownReflectionId ?? "",
    };
}
