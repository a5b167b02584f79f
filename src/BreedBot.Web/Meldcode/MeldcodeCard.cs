using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Meldcode;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Meldcode;

/// <summary>The five meldcode steps with what each asks, a button per step, the sources, and "acuut gevaar".</summary>
public static class MeldcodeCard
{
    public const string TemplateName = "meldcode";

    public static RenderedCard Render(UserLanguage language) =>
        new(CardTemplates.Render(TemplateName, Data(language)), MeldcodeTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language)
    {
        var texts = MeldcodeTexts.For(language);
        var en = language == UserLanguage.English;
        return new JsonObject
        {
            ["title"] = texts.Title,
            ["acute"] = SafetyNotice.Data(language)["acute"]!.GetValue<string>(),
            ["intro"] = texts.Intro,
            ["steps"] = new JsonArray([.. MeldcodeGuide.Steps.Select(step => (JsonNode?)new JsonObject
            {
                ["heading"] = Format(texts.StepHeading, step.Number, step.Title.In(en)),
                ["asks"] = step.Asks.In(en),
                ["button"] = Format(texts.StepButton, step.Number, string.Empty),
                ["verb"] = MeldcodeVerbs.Step,
                ["step"] = step.Number,
            })]),
            ["sourcesTitle"] = texts.SourcesTitle,
            ["sources"] = Sources(),
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    internal static JsonArray Sources() =>
        new([.. MeldcodeSource.All.Select(source => (JsonNode?)new JsonObject { ["name"] = source.Name, ["url"] = source.Link.AbsoluteUri })]);

    internal static string Format(string format, int number, string text) =>
        string.Format(CultureInfo.InvariantCulture, format, number, text);
}
