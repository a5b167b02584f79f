using System.Text.Json.Nodes;
using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>The reflection cards in every state worth checking: each step, problems, the acute banner, hostile labels.</summary>
internal static class ReflectionCardCases
{
    public static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2027, 2, 15);
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static Reflection Open { get; } = ReflectionFlow.Start("tenant", "author", "r-sample", Now) with
    {
        Step = ReflectionStep.Discomfort,
        Version = 2,
        Casus = new CasusAnswer("casus A", ViolenceForm.ChildAbuse, TriState.Yes),
    };

    public static Reflection Done { get; } = Open with
    {
        Step = ReflectionStep.Done,
        Version = 9,
        Discomfort = new DiscomfortAnswer([DiscomfortSource.Angst, DiscomfortSource.Onzekerheid], 4, "De vader werd boos bij het vorige gesprek."),
        Effect = new EffectAnswer([ActingEffect.Postpone], null),
        Goal = new GoalAnswer([HigherGoal.ChildSafety], "Dat de kinderen veilig opgroeien"),
        Factors = new FactorsAnswer([HelpingFactor.KennisEnVaardigheden, HelpingFactor.ReflectieEnIntervisie], [HinderingFactor.GeenTijdVoorReflectie]),
        Meldcode = new MeldcodeAnswer(MeldcodeStep.Consultation, TriState.Yes, TriState.No),
        NextStep = new NextStepAnswer("Advies vragen bij Veilig Thuis", StepPartner.VeiligThuis, new DateOnly(2027, 2, 22)),
        Shared = true,
        SharedWith = ["partner"],
        CompletedAt = Now,
        Response = new PartnerResponse("partner", "Goed dat je dit oppakt. Zullen we het dinsdag bespreken?", Now),
    };

    /// <summary>Step 2 coming back with the trigger refused, the typed text kept: the sample data.</summary>
    public static ReflectionStepCardModel SampleStep { get; } = new(
        Open,
        Today,
        new Dictionary<string, string?> { ["sources"] = "Angst,Onzekerheid", ["strength"] = "4", ["trigger"] = "Mevrouw Jansen werd boos" },
        [new ReflectionProblem("trigger", ReflectionProblemKind.Identifying)]);

    public static IReadOnlyList<ReflectionStepCardModel> StepVariants()
    {
        var variants = new List<ReflectionStepCardModel> { SampleStep };
        foreach (var step in Enum.GetValues<ReflectionStep>().Where(s => s != ReflectionStep.Done))
        {
            variants.Add(new ReflectionStepCardModel(Done with { Step = step, CompletedAt = null }, Today, PartnerNames: ["Sam de Vries"]));
        }

        variants.Add(new ReflectionStepCardModel(ReflectionFlow.Start("t", "a", "\"}{\" ${reflectionId}", Now), Today, Notice: "Die stap was al verwerkt."));
        variants.Add(new ReflectionStepCardModel(Doubted with { Step = ReflectionStep.NextStep, CompletedAt = null }, Today));
        foreach (var form in new[] { ViolenceForm.HonourRelated, ViolenceForm.ForcedMarriage, ViolenceForm.GenitalMutilation })
        {
            variants.Add(new ReflectionStepCardModel(Open with { Casus = Open.Casus! with { Form = form } }, Today));
            variants.Add(new ReflectionStepCardModel(Done with { Casus = Open.Casus! with { Form = form }, Meldcode = new MeldcodeAnswer(MeldcodeStep.ClientConversation, TriState.No, TriState.No), Step = ReflectionStep.NextStep, CompletedAt = null }, Today));
        }

        variants.Add(new ReflectionStepCardModel(Open with { Casus = Open.Casus! with { Label = "\"}{\" ${title} <b>" } }, Today, new Dictionary<string, string?>(), Enum.GetValues<ReflectionProblemKind>().Select(k => new ReflectionProblem("label", k)).ToList()));
        return variants;
    }

    /// <summary>A short reflection just done ("korte reflectie"): label, discomfort and step; "verdiepen" on its summary.</summary>
    public static Reflection Quick { get; } = ReflectionShortcuts.Quick(
        "tenant", "author", "0123456789abcdef0123456789abcdef",
        new Dictionary<string, string?> { ["label"] = "casus B", ["sources"] = "Weerstand", ["strength"] = "3", ["stepWhat"] = "De aandachtsfunctionaris bellen", ["stepWith"] = "Aandachtsfunctionaris", ["stepBy"] = "2027-02-19" },
        new ReflectionContext(Now, Today, new FreeTextRules(40, 500, _ => false), [])).Reflection;

    /// <summary>A step set on the duo-moment card: no label, only the step and its date.</summary>
    public static Reflection DuoMomentStep { get; } = ReflectionShortcuts.FromDuoMoment(
        "tenant", "author", "fedcba9876543210fedcba9876543210",
        new Dictionary<string, string?> { ["stepWhat"] = "Veilig Thuis om advies vragen", ["stepBy"] = "2027-02-19" },
        new ReflectionContext(Now, Today, new FreeTextRules(40, 500, _ => false), [])).Reflection;

    /// <summary>The quick card coming back with the label refused and the step's date in the past, the answers kept: the sample data.</summary>
    public static JsonObject QuickSample(UserLanguage language) => ReflectionQuickCard.Data(
        language,
        "0123456789abcdef0123456789abcdef",
        Today,
        new Dictionary<string, string?> { ["label"] = "mevrouw Jansen", ["sources"] = "Angst,Zorgen", ["strength"] = "4", ["stepWhat"] = "Met mijn duopartner bespreken", ["stepWith"] = "DuoPartner", ["stepBy"] = "2027-02-01" },
        [new ReflectionProblem("label", ReflectionProblemKind.Identifying), new ReflectionProblem("stepBy", ReflectionProblemKind.DateInPast)]);

    /// <summary>Done, with "weet ik niet" on acute unsafety and "nee" on structural.</summary>
    public static Reflection Doubted { get; } = Done with { Meldcode = new MeldcodeAnswer(MeldcodeStep.Signals, TriState.Unknown, TriState.No) };

    public static IReadOnlyList<Reflection> ListSample { get; } = [Open, Open with { Id = "r-2", Casus = null, Step = ReflectionStep.Casus, UpdatedAt = Now.AddHours(1) }];

    public static IEnumerable<(string Template, string Variant, JsonNode Data)> All(UserLanguage language)
    {
        var steps = StepVariants();
        for (var i = 0; i < steps.Count; i++)
        {
            yield return (ReflectionStepCard.TemplateName, $"variant{i}", ReflectionStepCard.Data(language, steps[i]));
        }

        yield return (ReflectionSummaryCard.TemplateName, "acute", ReflectionSummaryCard.Data(language, Done, Today, ["Sam de Vries"]));
        yield return (ReflectionSummaryCard.TemplateName, "private", ReflectionSummaryCard.Data(language, Done with { Shared = false, SharedWith = [], Meldcode = new MeldcodeAnswer(MeldcodeStep.NotStarted, TriState.No, TriState.No) }, Today, []));
        yield return (ReflectionListCard.TemplateName, "two", ReflectionListCard.Data(language, ListSample, Zone));
        yield return (ReflectionSharedCard.TemplateName, "response", ReflectionSharedCard.Data(language, Done, "Alex Wilber", null, null));
        yield return (ReflectionSharedCard.TemplateName, "refused", ReflectionSharedCard.Data(language, Done with { Response = null }, null, "Bel mevrouw Jansen", [new ReflectionProblem("response", ReflectionProblemKind.Identifying)]));
        yield return (ReflectionFollowUpCard.TemplateName, "fresh", ReflectionFollowUpCard.Data(language, Done, Today, null, null));
        yield return (ReflectionFollowUpCard.TemplateName, "refused", ReflectionFollowUpCard.Data(language, Done, Today, new Dictionary<string, string?> { ["outcome"] = "NogNiet", ["bringToDuo"] = "true", ["newBy"] = "2027-02-01" }, [new ReflectionProblem("newBy", ReflectionProblemKind.DateInPast)]));
        yield return (ReflectionNudgeCard.TemplateName, "nudge", ReflectionNudgeCard.Data(language, Done));
        yield return (ReflectionNudgeCard.TemplateName, "doubt", ReflectionNudgeCard.Data(language, Doubted));
        yield return (ReflectionSummaryCard.TemplateName, "doubt", ReflectionSummaryCard.Data(language, Doubted, Today, []));
        yield return (ReflectionSummaryCard.TemplateName, "quick", ReflectionSummaryCard.Data(language, Quick, Today, []));
        yield return (ReflectionQuickCard.TemplateName, "fresh", ReflectionQuickCard.Data(language, "0123456789abcdef0123456789abcdef", Today, null, null));
        yield return (ReflectionQuickCard.TemplateName, "refused", QuickSample(language));
        yield return (ReflectionStepCard.TemplateName, "deepened", ReflectionStepCard.Data(language, new ReflectionStepCardModel(ReflectionShortcuts.Deepen(Quick, Now).Reflection, Today)));
        yield return (ReflectionFollowUpCard.TemplateName, "duo-moment", ReflectionFollowUpCard.Data(language, DuoMomentStep, Today, null, null));
    }

    /// <summary>What each reflection template's sample data file holds: its Dutch runtime data.</summary>
    public static IReadOnlyDictionary<string, JsonNode> DutchSamples() => new Dictionary<string, JsonNode>
    {
        [ReflectionStepCard.TemplateName] = ReflectionStepCard.Data(UserLanguage.Dutch, SampleStep),
        [ReflectionSummaryCard.TemplateName] = ReflectionSummaryCard.Data(UserLanguage.Dutch, Done, Today, ["Sam de Vries"]),
        [ReflectionListCard.TemplateName] = ReflectionListCard.Data(UserLanguage.Dutch, ListSample, Zone),
        [ReflectionSharedCard.TemplateName] = ReflectionSharedCard.Data(UserLanguage.Dutch, Done, "Alex Wilber", null, null),
        [ReflectionFollowUpCard.TemplateName] = ReflectionFollowUpCard.Data(UserLanguage.Dutch, Done, Today, null, null),
        [ReflectionNudgeCard.TemplateName] = ReflectionNudgeCard.Data(UserLanguage.Dutch, Done),
        [ReflectionQuickCard.TemplateName] = QuickSample(UserLanguage.Dutch),
    };
}
