using BreedBot.Domain.Courage;
using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>On the step's date: did you take it (ja / deels / nog niet), what happened, what helped, and a new step.</summary>
internal static class ReflectionFollowUpCard
{
    public const string TemplateName = "reflection-followup";
    public const string AnswerVerb = "reflection.followup";

    public static RenderedCard Render(UserLanguage language, Reflection reflection, DateOnly today, IReadOnlyDictionary<string, string?>? typed = null, IReadOnlyList<ReflectionProblem>? problems = null) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection, today, typed, problems)), ReflectionCardTexts.Summary(language));

    internal static JsonObject Data(UserLanguage language, Reflection r, DateOnly today, IReadOnlyDictionary<string, string?>? typed, IReadOnlyList<ReflectionProblem>? problems)
    {
        var en = language == UserLanguage.English;
        var values = typed ?? new Dictionary<string, string?>();
        var list = problems ?? [];
        var step = r.NextStep;
        var f = new JsonObject
        {
            ["outcome"] = ReflectionStepFields.Field("outcome", values, en, ReflectionStepFields.Choices<StepOutcome>(v => ReflectionChoiceNames.Of(v, en))),
            ["happened"] = ReflectionStepFields.Field("happened", values, en),
            ["helped"] = ReflectionStepFields.Field("helped", values, en),
            ["bringToDuo"] = new JsonObject
            {
                ["label"] = en ? "Bring it to my next duo moment" : "Bespreken in mijn volgende duo-moment",
                ["value"] = values.TryGetValue("bringToDuo", out var bring) && bring == "true" ? "true" : "false",
            },
            ["newWhat"] = ReflectionStepFields.Field("newWhat", values, en),
            ["newWith"] = ReflectionStepFields.Field("newWith", values, en, ReflectionStepFields.Choices<StepPartner>(v => ReflectionChoiceNames.Of(v, en))),
            ["newBy"] = ReflectionStepFields.Field("newBy", values, en),
        };
        f["newBy"]!["min"] = ReflectionStepCard.Today(today);
        return new JsonObject
        {
            ["title"] = en ? $"How did it go? {r.Label}" : $"Hoe ging het? {r.Label}",
            ["stepLine"] = step is null ? "" : en
                ? $"Your step: {step.What} ({ReflectionChoiceNames.WithWhom(step.With, en)}, by {ReflectionCardTexts.ShortDate(step.By)}). Not yet is fine too: courage grows step by step."
                : $"Je stap: {step.What} ({ReflectionChoiceNames.WithWhom(step.With, en)}, uiterlijk {ReflectionCardTexts.ShortDate(step.By)}). Nog niet mag ook: moed groeit stap voor stap.",
            ["hasProblems"] = list.Count > 0,
            ["problems"] = new JsonArray([.. list.Select(p => (JsonNode?)ReflectionFieldTexts.Problem(p, values.GetValueOrDefault(p.Field), en))]),
            ["f"] = f,
            ["newStepHeading"] = en ? "A next step?" : "Een volgende stap?",
            ["privacy"] = en ? "No names or other details that identify anyone." : "Geen namen of andere gegevens waaraan iemand te herkennen is.",
            ["submit"] = en ? "Send" : "Versturen",
            ["reflectionId"] = r.Id,
            ["round"] = r.FollowUps.Count.ToString(CultureInfo.InvariantCulture),
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
        };
    }
}
