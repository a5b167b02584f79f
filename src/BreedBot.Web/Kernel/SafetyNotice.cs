using System.Text.Json.Nodes;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The 112 / Veilig Thuis lines that cards show unconditionally, under the one acute headline BreedBot uses
/// everywhere. Facts from the domain brief: 112 for direct danger; Veilig Thuis 0800-2000, free, day and night,
/// for advice or a report.
/// </summary>
internal static class SafetyNotice
{
    public static JsonObject Data(UserLanguage language)
    {
        var t = SafetyTexts.For(language);
        return new JsonObject
        {
            ["acute"] = t.Headline,
            ["advice"] = t.Advice,
        };
    }
}
