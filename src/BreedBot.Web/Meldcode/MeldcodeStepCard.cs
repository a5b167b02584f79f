using System.Text.Json.Nodes;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// One meldcode step: what it asks, its questions, the notes of the member's beroepscluster, and
/// from step 4 the way into the afwegingskader. The reflection flow can show it for "where am I
/// in the meldcode", passing its reflection id so "acuut gevaar" can lead back to it.
/// </summary>
public static class MeldcodeStepCard
{
    public const string TemplateName = "meldcode-step";

    public static RenderedCard Render(MeldcodeStep step, Beroepscluster? cluster, UserLanguage language, string? reflectionId = null) =>
        new(CardTemplates.Render(TemplateName, Data(step, cluster, language, reflectionId)), MeldcodeTexts.For(language).Summary);

    internal static JsonObject Data(MeldcodeStep step, Beroepscluster? cluster, UserLanguage language, string? reflectionId)
    {
        var texts = MeldcodeTexts.For(language);
        var en = language == UserLanguage.English;
        var guide = MeldcodeGuide.For(step);
        var notes = ClusterNotes.For(cluster, step);
        return new JsonObject
        {
            ["title"] = MeldcodeCard.Format(texts.StepHeading, guide.Number, guide.Title.In(en)),
            ["acute"] = SafetyNotice.Data(language)["acute"]!.GetValue<string>(),
            ["asks"] = guide.Asks.In(en),
            ["questionsTitle"] = texts.QuestionsTitle,
            ["questions"] = new JsonArray([.. guide.Questions.Select(q => (JsonNode?)q.In(en))]),
            ["hasNotes"] = notes.Count > 0,
            ["notes"] = new JsonArray([.. notes.Select(n => (JsonNode?)n.In(en))]),
            ["hasKader"] = guide.UsesAfwegingskader,
            ["kaderIntro"] = texts.KaderIntro,
            ["kaderButton"] = texts.KaderButton,
            ["kaderVerb"] = MeldcodeVerbs.Kader,
            ["allStepsButton"] = texts.AllStepsButton,
            ["allStepsVerb"] = MeldcodeVerbs.Open,
            ["acuteAction"] = AcuteAction.Data(language, reflectionId),
            ["reflectionId"] = reflectionId ?? string.Empty,
        };
    }
}
