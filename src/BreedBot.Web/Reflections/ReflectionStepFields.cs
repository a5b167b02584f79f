using System.Text.Json.Nodes;
using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>The inputs of one step as card data: label, value and choices per input id.</summary>
internal static class ReflectionStepFields
{
    /// <param name="canShare">Whether the author has a duo partner now: without one, step 8 offers only "keep it to myself".</param>
    public static JsonObject For(ReflectionStep step, IReadOnlyDictionary<string, string?> values, bool en, DateOnly today, bool canShare = true)
    {
        var f = new JsonObject();
        switch (step)
        {
            case ReflectionStep.Casus:
                f["label"] = Field("label", values, en);
                f["form"] = Field("form", values, en, Choices<ViolenceForm>(v => ReflectionTexts.Of(v, en)));
                f["children"] = Field("children", values, en, Choices<TriState>(v => ReflectionTexts.Of(v, en)));
                break;
            case ReflectionStep.Discomfort:
                f["sources"] = Field("sources", values, en, Choices<DiscomfortSource>(v => ReflectionTexts.Of(v, en)));
                f["strength"] = Field("strength", values, en, [.. Enumerable.Range(1, 5).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), ReflectionTexts.Strength(i, en)))]);
                // A dropdown left empty reads as optional: the empty choice says that one must be picked.
                f["strength"]!["placeholder"] = ReflectionTexts.StrengthPlaceholder(en);
                f["trigger"] = Field("trigger", values, en);
                break;
            case ReflectionStep.Effect:
                f["effects"] = Field("effects", values, en, Choices<ActingEffect>(v => ReflectionTexts.Of(v, en)));
                f["effectText"] = Field("effectText", values, en);
                break;
            case ReflectionStep.Goal:
                f["goals"] = Field("goals", values, en, Choices<HigherGoal>(v => ReflectionTexts.Of(v, en)));
                f["goalText"] = Field("goalText", values, en);
                break;
            case ReflectionStep.Factors:
                f["helps"] = Field("helps", values, en, Choices<HelpingFactor>(v => ReflectionTexts.Of(v, en)));
                f["hinders"] = Field("hinders", values, en, Choices<HinderingFactor>(v => ReflectionTexts.Of(v, en)));
                break;
            case ReflectionStep.Meldcode:
                f["stage"] = Field("stage", values, en, Choices<MeldcodeStep>(v => ReflectionTexts.Of(v, en)));
                f["acute"] = Field("acute", values, en, Choices<TriState>(v => ReflectionTexts.Of(v, en)));
                f["structural"] = Field("structural", values, en, Choices<TriState>(v => ReflectionTexts.Of(v, en)));
                break;
            case ReflectionStep.NextStep:
                f["stepWhat"] = Field("stepWhat", values, en);
                f["stepWith"] = Field("stepWith", values, en, Choices<StepPartner>(v => ReflectionTexts.Of(v, en)));
                f["stepBy"] = Field("stepBy", values, en);
                f["stepBy"]!["min"] = ReflectionStepCard.Today(today);
                break;
            case ReflectionStep.Share:
                f["share"] = canShare
                    ? Field("share", values, en, Choices<ShareChoice>(v => ReflectionTexts.Of(v, en)))
                    : Field("share", new Dictionary<string, string?> { ["share"] = nameof(ShareChoice.Private) }, en, [(nameof(ShareChoice.Private), ReflectionTexts.Of(ShareChoice.Private, en))]);
                break;
        }

        return f;
    }

    public static JsonObject Field(string id, IReadOnlyDictionary<string, string?> values, bool en, IReadOnlyList<(string Value, string Title)>? choices = null)
    {
        var field = new JsonObject
        {
            ["label"] = ReflectionTexts.Label(id, en),
            ["value"] = values.TryGetValue(id, out var value) ? value ?? "" : "",
        };
        if (choices is not null)
        {
            field["choices"] = new JsonArray([.. choices.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        }

        return field;
    }

    public static IReadOnlyList<(string Value, string Title)> Choices<T>(Func<T, string> title)
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => (v.ToString(), title(v)))];
}
