using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// One step of a reflection, updated in place. The button data carries the reflection id, the
/// step and the version the card was shown at, so a stale or repeated submit is recognised.
/// The "acuut gevaar" button never depends on the inputs.
/// </summary>
internal static class ReflectionStepCard
{
    public const string TemplateName = "reflection-step";

    public static RenderedCard Render(UserLanguage language, ReflectionStepCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), ReflectionTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language, ReflectionStepCardModel model)
    {
        var t = ReflectionTexts.For(language);
        var en = t.English;
        var r = model.Reflection;
        var step = (int)r.Step;
        var values = model.Typed ?? ReflectionAnswerValues.Shown(r);
        var problems = model.Problems ?? [];
        var acute = r.Meldcode?.MayBeAcute == true && r.Step > ReflectionStep.Meldcode;
        // Right after the form of violence was chosen: before the person plans a conversation.
        var expertFirst = r.Step == ReflectionStep.Discomfort ? t.ExpertBeforeTalking(r) : "";
        return new JsonObject
        {
            ["title"] = t.StepCardTitle(r.Label),
            ["progress"] = t.Progress(step, r.Step),
            ["intro"] = t.StepIntro(r.Step, model.PartnerNames ?? []),
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasSafety"] = acute,
            ["safety"] = Safety(language, doubt: r.Meldcode?.AcuteUnsafety == TriState.Unknown),
            ["hasExpertFirst"] = expertFirst.Length > 0,
            ["expertFirst"] = expertFirst,
            ["hasProblems"] = problems.Count > 0,
            ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode?)ReflectionTexts.Problem(p, values.GetValueOrDefault(p.Field), en))]),
            ["step"] = step,
            ["f"] = ReflectionStepFields.For(r.Step, values, en, model.Today, canShare: model.PartnerNames is { Count: > 0 }),
            ["hasMeldcodeGuide"] = ReflectionMeldcodeGuide.Applies(r),
            ["meldcodeGuide"] = ReflectionMeldcodeGuide.Data(r, model.Cluster, t),
            ["reflectionId"] = r.Id,
            ["version"] = r.Version,
            ["canGoBack"] = step > 1,
            ["next"] = t.NextButton(last: r.Step == ReflectionStep.Share),
            ["back"] = t.BackButton,
            ["later"] = t.LaterButton,
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
            ["privacy"] = t.StepPrivacy,
        };
    }

    /// <summary>
    /// The numbers after "acute unsafety: ja", and after "weet ik niet" too: in doubt the meldcode asks the same —
    /// ask Veilig Thuis for advice.
    /// </summary>
    public static JsonObject Safety(UserLanguage language, bool doubt = false)
    {
        var t = ReflectionTexts.For(language);
        var data = SafetyNotice.Data(language);
        data["intro"] = t.SafetyIntro(doubt);
        data["hasDoubt"] = doubt;
        data["doubt"] = t.InDoubt;
        return data;
    }

    public static string Today(DateOnly today) => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
