using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// "korte reflectie": three questions on one card — the label, what you feel (the four discomforts and how strong),
/// the next step with whom and by when — with the inputs of the steps they come from. The card carries the id the
/// reflection gets, so a press Teams sends twice stores one reflection.
/// </summary>
internal static class ReflectionQuickCard
{
    public const string TemplateName = "reflection-quick";

    public static RenderedCard Render(UserLanguage language, string reflectionId, DateOnly today, IReadOnlyDictionary<string, string?>? typed = null, IReadOnlyList<ReflectionProblem>? problems = null) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflectionId, today, typed, problems)), ReflectionTexts.For(language).Summary);

    internal static JsonObject Data(UserLanguage language, string reflectionId, DateOnly today, IReadOnlyDictionary<string, string?>? typed, IReadOnlyList<ReflectionProblem>? problems)
    {
        var t = ReflectionTexts.For(language);
        var en = t.English;
        var values = typed ?? new Dictionary<string, string?>();
        var list = problems ?? [];
        var casus = ReflectionStepFields.For(ReflectionStep.Casus, values, en, today);
        var feeling = ReflectionStepFields.For(ReflectionStep.Discomfort, values, en, today);
        var step = ReflectionStepFields.For(ReflectionStep.NextStep, values, en, today);
        return new JsonObject
        {
            ["title"] = t.QuickTitle,
            ["intro"] = t.QuickIntro,
            ["hasProblems"] = list.Count > 0,
            ["problems"] = new JsonArray([.. list.Select(p => (JsonNode?)ReflectionTexts.Problem(p, values.GetValueOrDefault(p.Field), en))]),
            ["q1"] = t.QuickCasus,
            ["q2"] = t.QuickFeeling,
            ["q3"] = t.QuickStep,
            ["f"] = new JsonObject
            {
                ["label"] = casus["label"]!.DeepClone(),
                ["sources"] = feeling["sources"]!.DeepClone(),
                ["strength"] = feeling["strength"]!.DeepClone(),
                ["stepWhat"] = step["stepWhat"]!.DeepClone(),
                ["stepWith"] = step["stepWith"]!.DeepClone(),
                ["stepBy"] = step["stepBy"]!.DeepClone(),
            },
            ["privacy"] = t.StepPrivacy,
            ["submit"] = t.QuickSubmit,
            ["reflectionId"] = reflectionId,
            // The id the reflection will have: before "klaar" the acute card finds nothing to lead back to, after it the summary.
            ["acuteAction"] = AcuteAction.Data(language, reflectionId),
        };
    }
}
