using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>
/// One step of a reflection, updated in place. The button data carries the reflection id, the
/// step and the version the card was shown at, so a stale or repeated submit is recognised.
/// The "acuut gevaar" button never depends on the inputs.
/// </summary>
internal static class ReflectionStepCard
{
    public const string TemplateName = "reflection-step";
    public const string NextVerb = "reflection.next";
    public const string BackVerb = "reflection.back";
    public const string LaterVerb = "reflection.later";

    public static RenderedCard Render(UserLanguage language, ReflectionStepCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), ReflectionCardTexts.Summary(language));

    internal static JsonObject Data(UserLanguage language, ReflectionStepCardModel model)
    {
        var en = language == UserLanguage.English;
        var r = model.Reflection;
        var step = (int)r.Step;
        var values = model.Typed ?? ReflectionAnswerValues.Of(r, r.Step);
        var problems = model.Problems ?? [];
        var acute = r.Meldcode?.MayBeAcute == true && r.Step > ReflectionStep.Meldcode;
        // Right after the form of violence was chosen: before the person plans a conversation.
        var expertFirst = r.Step == ReflectionStep.Discomfort ? ReflectionCardTexts.ExpertBeforeTalking(r, en) : "";
        return new JsonObject
        {
            ["title"] = r.Label is { } label ? (en ? $"Reflection: {label}" : $"Reflectie: {label}") : (en ? "A new reflection" : "Een nieuwe reflectie"),
            ["progress"] = en ? $"Step {step} of 8 · {ReflectionCardTexts.StepTitle(r.Step, en)}" : $"Stap {step} van 8 · {ReflectionCardTexts.StepTitle(r.Step, en)}",
            ["intro"] = ReflectionCardTexts.StepIntro(r.Step, en, model.PartnerNames ?? []),
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasSafety"] = acute,
            ["safety"] = ReflectionCardTexts.AcuteSafety(language, doubt: r.Meldcode?.AcuteUnsafety == TriState.Unknown),
            ["hasExpertFirst"] = expertFirst.Length > 0,
            ["expertFirst"] = expertFirst,
            ["hasProblems"] = problems.Count > 0,
            ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode?)ReflectionFieldTexts.Problem(p, values.GetValueOrDefault(p.Field), en))]),
            ["step"] = step,
            ["f"] = ReflectionStepFields.For(r.Step, values, en, model.Today),
            ["hasMeldcodeGuide"] = ReflectionMeldcodeGuide.Applies(r),
            ["meldcodeGuide"] = ReflectionMeldcodeGuide.Data(r, model.Cluster, en),
            ["reflectionId"] = r.Id,
            ["version"] = r.Version,
            ["canGoBack"] = step > 1,
            ["next"] = r.Step == ReflectionStep.Share ? (en ? "Finish" : "Afronden") : (en ? "Next" : "Volgende"),
            ["back"] = en ? "Back" : "Vorige",
            ["later"] = en ? "Continue later" : "Later verder",
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
            ["privacy"] = en
                ? "No names or other details that identify anyone. BreedBot keeps your reflection process, not the case."
                : "Geen namen of andere gegevens waaraan iemand te herkennen is. BreedBot bewaart je reflectie, niet de casus.",
        };
    }

    public static string Today(DateOnly today) => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
