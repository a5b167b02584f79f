using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Courage;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>On the step's date: did you take it (ja / deels / nog niet), what happened, what helped, and a new step.</summary>
internal static class ReflectionFollowUpCard
{
    public const string TemplateName = "reflection-followup";

    public static RenderedCard Render(UserLanguage language, Reflection reflection, DateOnly today, IReadOnlyDictionary<string, string?>? typed = null, IReadOnlyList<ReflectionProblem>? problems = null) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection, today, typed, problems)), ReflectionTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language, Reflection r, DateOnly today, IReadOnlyDictionary<string, string?>? typed, IReadOnlyList<ReflectionProblem>? problems)
    {
        var t = ReflectionTexts.For(language);
        var en = t.English;
        var values = typed ?? new Dictionary<string, string?>();
        var list = problems ?? [];
        var step = r.NextStep;
        var f = new JsonObject
        {
            ["outcome"] = ReflectionStepFields.Field("outcome", values, en, ReflectionStepFields.Choices<StepOutcome>(v => ReflectionTexts.Of(v, en))),
            ["happened"] = ReflectionStepFields.Field("happened", values, en),
            ["helped"] = ReflectionStepFields.Field("helped", values, en),
            ["bringToDuo"] = new JsonObject
            {
                ["label"] = t.BringToDuo,
                ["value"] = values.TryGetValue("bringToDuo", out var bring) && bring == "true" ? "true" : "false",
            },
            ["newWhat"] = ReflectionStepFields.Field("newWhat", values, en),
            ["newWith"] = ReflectionStepFields.Field("newWith", values, en, ReflectionStepFields.Choices<StepPartner>(v => ReflectionTexts.Of(v, en))),
            ["newBy"] = ReflectionStepFields.Field("newBy", values, en),
        };
        f["newBy"]!["min"] = ReflectionStepCard.Today(today);
        return new JsonObject
        {
            ["title"] = t.FollowUpTitle(r.Label),
            ["stepLine"] = step is null ? "" : t.YourStep(step.What, step.With, step.By),
            ["hasProblems"] = list.Count > 0,
            ["problems"] = new JsonArray([.. list.Select(p => (JsonNode?)ReflectionTexts.Problem(p, values.GetValueOrDefault(p.Field), en))]),
            ["f"] = f,
            ["newStepHeading"] = t.NewStepHeading,
            ["privacy"] = t.NoNames,
            ["submit"] = t.Send,
            ["reflectionId"] = r.Id,
            ["round"] = r.FollowUps.Count.ToString(CultureInfo.InvariantCulture),
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
        };
    }
}
