using System.Text.Json.Nodes;
using BreedBot.Domain.Courage;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Summaries;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Cards;
using BreedBot.Web.CourageStories;
using BreedBot.Web.DuoWeeks;
using BreedBot.Web.Help;
using BreedBot.Web.Installation;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Members;
using BreedBot.Web.MyData;
using BreedBot.Web.Pairing;
using BreedBot.Web.Settings;
using BreedBot.Web.Summaries;
using BreedBot.Web.Tests.Meldcode;
using BreedBot.Web.Tests.Pairing;
using BreedBot.Web.Tests.Reflections;

namespace BreedBot.Web.Tests.Cards;

/// <summary>
/// Every card the project can produce: each template in cards/ with its sample data, and each
/// factory's runtime data in both languages. Ids look like "sample:help" or "factory:help:English".
/// </summary>
internal static class CardCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, OracleCase>> AllCases = new(Build);

    /// <summary>Hostile first names: JSON and template syntax, escapes, unicode, whitespace only.</summary>
    public static IReadOnlyList<string?> FirstNames { get; } =
        ["Alex", null, "   ", "\"}{\" ${firstName} \\u0022 `x`", "Zoë 👩🏽‍⚕️ 名前", "<b>bold</b>\n</script>"];

    public static IReadOnlyDictionary<string, OracleCase> All => AllCases.Value;

    /// <summary>A join card coming back with a problem, answers kept: what the sample data shows.</summary>
    public static JoinCardModel SampleJoin { get; } = new(
        "19:wijkteam-noord@thread.tacv2",
        "Wijkteam Noord",
        [("c1", "Sam de Vries"), ("c2", "Noor Bakker")],
        new ProfileAnswers("Wijkteam", "SociaalWerk", "Tuesday", "06:30", "4", "c2"),
        [ProfileProblem.TimeOutOfRange]) { PoolOptIn = false };

    /// <summary>The owners' pool card after joining: what the sample data shows.</summary>
    public static PoolSettingsCardModel SamplePool { get; } = new("19:wijkteam-noord@thread.tacv2", "Wijkteam Noord", true, 3) { Notice = "Gedaan: dit team doet mee met de pool." };

    /// <summary>Pool cards that stress the template: not in the pool with a refusal, a hostile team name.</summary>
    public static IReadOnlyList<PoolSettingsCardModel> PoolVariants { get; } =
    [
        SamplePool,
        new("19:x@thread.tacv2", null, false, 0) { Problem = "Alleen eigenaren" },
        new("\"}{\" ${teamId}", "\"}{\" ${title}", true, 1),
    ];

    /// <summary>Join cards that stress the template: no colleagues, nothing answered, every problem, a hostile team name.</summary>
    public static IReadOnlyList<JoinCardModel> JoinVariants { get; } =
    [
        SampleJoin,
        new("19:x@thread.tacv2", null, [], JoinCardModel.AnswersOf(null), []),
        new("19:z@thread.tacv2", "Huisartsen Zuid", [], JoinCardModel.AnswersOf(null), []) { PoolOptIn = true },
        new("19:y@thread.tacv2", "\"}{\" ${teamId}", [("\"}{", "${title}")], new ProfileAnswers(null, null, null, null, null, null), Enum.GetValues<ProfileProblem>()),
    ];

    private static readonly TeamMember ProfileMember = new(
        "t1", "19:wijkteam-noord@thread.tacv2", "aad-alex", "29:1alex", "Alex Wilber", MembershipStatus.Joined,
        new MemberProfile(MemberRole.Wijkteam, Beroepscluster.SociaalWerk, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), 4, ["c2"]),
        null, new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A member who takes part, just after saving: what the sample data shows.</summary>
    public static ProfileCardModel SampleProfile { get; } = new(
        "19:wijkteam-noord@thread.tacv2", "Wijkteam Noord", ProfileMember, [("c1", "Sam de Vries"), ("c2", "Noor Bakker")], new DateOnly(2027, 2, 15))
    {
        Notice = "Opgeslagen.",
        PoolOptIn = true,
    };

    /// <summary>Profile cards in every mode: paused, the form with problems, the stop question, not taking part, stopped with a hostile team name.</summary>
    public static IReadOnlyList<ProfileCardModel> ProfileVariants { get; } =
    [
        SampleProfile,
        SampleProfile with { Member = ProfileMember with { Pause = new PauseWindow(new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 1)) }, Notice = null },
        SampleProfile with { Mode = ProfileCardMode.Edit, Answers = new ProfileAnswers("Wijkteam", "SociaalWerk", "Tuesday", "06:30", "4", "c2"), Problems = [ProfileProblem.TimeOutOfRange], Notice = null },
        SampleProfile with { Mode = ProfileCardMode.ConfirmStop, Notice = null },
        SampleProfile with { Mode = ProfileCardMode.Edit, Notice = null, PoolOptIn = false },
        new("19:x@thread.tacv2", null, ProfileMember with { Status = MembershipStatus.Invited, Profile = null }, [], new DateOnly(2027, 2, 15)),
        new("\"}{\" ${teamId}", "\"}{\" ${title}", ProfileMember with { Status = MembershipStatus.Stopped, Profile = ProfileMember.Profile! with { NotWith = ["\"}{"] } }, [("\"}{", "${title}")], new DateOnly(2027, 2, 15)) { Notice = "<b>x</b>" },
    ];

    /// <summary>A trio with one partner whose UPN is unknown, and a duo without any links.</summary>
    public static IReadOnlyList<DuoCardModel> DuoVariants { get; } =
    [
        new("Wijkteam Noord", ["Sam de Vries"], ["sam@wijkteam.example"], new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), true)
        {
            TeamId = "19:wijkteam-noord@thread.tacv2",
            DuoKey = "r000003-1a2b3c4d5e6f",
            Rhythm = DuoCardRhythm.ChosenByPartner,
            ChosenBy = ["Sam de Vries"],
        },
        new(null, ["Ana", "\"}{\" ${name}"], ["ana@x.example"], new WeeklyMoment(DayOfWeek.Friday, new TimeOnly(14, 0)), false),
        new("Team", ["Bo"], [], new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(7, 0)), true),
        new("Team", ["Bo", "Cas"], [], new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(7, 0)), true)
        {
            TeamId = "\"}{\" ${team}",
            DuoKey = "r000001-000000000000",
            Rhythm = DuoCardRhythm.Agreed,
            Notice = "\"}{\" ${notice}",
        },
        new("Team", ["Bo"], [], new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(7, 0)), true) { TeamId = "t", DuoKey = "r000001-000000000000", Rhythm = DuoCardRhythm.ChosenByMe },
        new("Team", ["Bo"], [], new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(7, 0)), true) { TeamId = "t", DuoKey = "r000001-000000000000", Rhythm = DuoCardRhythm.Team },
        new("organisatiepool", ["Piet Smit (Huisartsen Zuid)"], ["piet@zuid.example"], new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), true) { Pool = true },
    ];

    /// <summary>An open week, a held one with a refusal shown, a skipped one with hostile names.</summary>
    public static IReadOnlyList<DuoReminderModel> ReminderVariants { get; } =
    [
        new("19:wijkteam-noord@thread.tacv2", "Wijkteam Noord", new Domain.TeamWeeks.IsoWeek(2027, 7), "r000003-1a2b3c4d5e6f", ["aad-alex", "aad-sam"], new DateOnly(2027, 2, 16), new TimeOnly(9, 30),
            ["Sam de Vries"], new Domain.DuoWeeks.DuoWeek(new Domain.TeamWeeks.IsoWeek(2027, 7), "r000003-1a2b3c4d5e6f")),
        new("19:x@thread.tacv2", null, new Domain.TeamWeeks.IsoWeek(2027, 7), "r000003-1a2b3c4d5e6f", ["aad-alex", "aad-sam", "aad-noor"], new DateOnly(2027, 2, 16), new TimeOnly(9, 30),
            ["Sam", "Noor"], new Domain.DuoWeeks.DuoWeek(new Domain.TeamWeeks.IsoWeek(2027, 7), "r000003-1a2b3c4d5e6f") { CheckIn = new(Domain.DuoWeeks.DuoActivity.LookedBack, 4, default) }, "Deze week is al voorbij."),
        new("\"}{\" ${team}", "\"}{\" ${title}", new Domain.TeamWeeks.IsoWeek(2027, 7), "${duo}", ["${members}", "\"}{\""], new DateOnly(2027, 2, 16), new TimeOnly(9, 30),
            ["${moment}", "<b>x</b>"], new Domain.DuoWeeks.DuoWeek(new Domain.TeamWeeks.IsoWeek(2027, 7), "x") { Skip = Domain.DuoWeeks.SkipReason.Ill }),
        // "duo-moment" typed, the step refused (its text kept), then the step kept; in week 53, where the questions turn over the year.
        new("19:wijkteam-noord@thread.tacv2", "Wijkteam Noord", new Domain.TeamWeeks.IsoWeek(2026, 53), "r000003-1a2b3c4d5e6f", ["aad-alex", "aad-sam"], new DateOnly(2026, 12, 29), new TimeOnly(9, 30),
            ["Sam de Vries"], new Domain.DuoWeeks.DuoWeek(new Domain.TeamWeeks.IsoWeek(2026, 53), "r000003-1a2b3c4d5e6f"))
        {
            Asked = true,
            Today = new DateOnly(2026, 12, 30),
            Step = new DuoStepState("Mevrouw Jansen bellen", "2026-12-01", ["Dit lijkt een naam.", "Kies een datum vanaf vandaag."], null),
        },
        new("19:wijkteam-noord@thread.tacv2", "Wijkteam Noord", new Domain.TeamWeeks.IsoWeek(2027, 7), "r000003-1a2b3c4d5e6f", ["aad-alex", "aad-sam"], new DateOnly(2027, 2, 16), new TimeOnly(9, 30),
            ["Sam de Vries"], new Domain.DuoWeeks.DuoWeek(new Domain.TeamWeeks.IsoWeek(2027, 7), "r000003-1a2b3c4d5e6f"))
        {
            Step = new DuoStepState("Veilig Thuis om advies vragen", "2027-02-19", [], new DateOnly(2027, 2, 19)),
        },
    ];

    public static JsonObject SampleConfirm { get; } = ConfirmCard.Data(
        UserLanguage.Dutch,
        "Al je gegevens verwijderen?",
        ["Je antwoorden en je plek in de duo's worden verwijderd."],
        ("Alles verwijderen", "mydata.delete"),
        ("Niet verwijderen", "mydata.keep"));

    /// <summary>An overview with two kinds (one without a date), and an empty one with a note.</summary>
    public static IReadOnlyList<(IReadOnlyList<(string Title, int Count, DateTimeOffset? Latest)> Kinds, string? Note)> MyDataVariants { get; } =
    [
        ([("Duo's", 3, new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero)), ("Teams en je antwoorden", 1, null)], null),
        ([], "Hieronder verstuurd in 1 bericht."),
        ([("\"}{\" ${title}", 1, null)], "<b>x</b>"),
    ];

    /// <summary>A detailed week with trend and overig, a week with too few participants, and a hostile story.</summary>
    public static IReadOnlyList<(WeeklySummary Summary, KnowledgeTip Tip, IReadOnlyList<string> Stories)> SummaryVariants { get; } =
    [
        (new WeeklySummary
        {
            Week = new IsoWeek(2027, 7),
            QuietLabels = ["voorjaarsvakantie"],
            MomentsHeld = 9,
            MomentsPlanned = 11,
            Detailed = true,
            Participants = 14,
            MomentsHeldTrend = Trend.Meer,
            AverageUsefulness = 4.2,
            Reflections = 6,
            StepsPlanned = 5,
            StepsTaken = 3,
            Discomfort = new([new(DiscomfortSource.Onzekerheid, 4), new(DiscomfortSource.Angst, 3)], 3),
            MeldcodeSteps = new([new(MeldcodeStep.Consultation, 3)], null),
            Helping = new([new(HelpingFactor.WaarderendeOmgeving, 4)], null),
        }, KnowledgeTips.All[12], ["Ik heb mijn twijfel uitgesproken in het teamoverleg, en we hebben samen Veilig Thuis gebeld."]),
        (new WeeklySummary { Week = new IsoWeek(2027, 8), MomentsHeld = 1, MomentsPlanned = 2 }, KnowledgeTips.All[0], []),
        (new WeeklySummary { Week = new IsoWeek(2027, 9), MomentsHeld = 0, MomentsPlanned = 0 }, KnowledgeTips.All[^1], ["\"}{\" ${story} <b>x</b>", "Tweede verhaal", "${$data}"]),
    ];

    /// <summary>Two teams to choose from with a problem shown, one team without a choice, nothing left to write for, and no team at all with hostile text.</summary>
    public static IReadOnlyList<CourageCardModel> CourageVariants { get; } =
    [
        new(
            [("19:wijkteam-noord@thread.tacv2", "Wijkteam Noord"), ("19:wijkteam-zuid@thread.tacv2", "Wijkteam Zuid")],
            [(new CourageStory("t1", "19:wijkteam-oost@thread.tacv2", "20270215090000000-1a2b3c4d", "Ik vroeg een collega mee te kijken voordat ik het gesprek aanging.", "aad-1", new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero)), "Wijkteam Oost")],
            true,
            "Ik heb mijn twijfel uitgesproken in het teamoverleg.",
            "19:wijkteam-noord@thread.tacv2",
            "Dit kan ik niet bewaren: er staat een telefoonnummer in. BreedBot is geen dossier, dus laat weg wat iemand herkenbaar maakt en probeer het opnieuw. Je tekst staat er nog."),
        new([("19:x@thread.tacv2", null)], [], true),
        new([], [(new CourageStory("t1", "19:x@thread.tacv2", "s-1", "\"}{\" ${text} <b>x</b>", "aad-1", default), "\"}{\" ${label}")], true),
        new([], [], false, "${story}", "${team}", "<b>x</b>"),
    ];

    public static (string TeamId, string? TeamName, string Story) SampleCouragePreview { get; } =
        ("19:wijkteam-noord@thread.tacv2", "Wijkteam Noord", "Ik heb mijn twijfel uitgesproken in het teamoverleg, en we hebben samen Veilig Thuis gebeld.");

    /// <summary>An owner's view just after saving, with one change listed.</summary>
    public static SettingsCardModel SampleSettings { get; } = new(
        "19:wijkteam-noord@thread.tacv2",
        "Wijkteam Noord",
        new Domain.Settings.SettingsForm("Friday", "15:00", "Europe/Amsterdam", "6", "c1", "true", "90", "false", "EveryTwoWeeks"),
        [("c2", "Noor Bakker"), ("c1", "Sam de Vries")],
        new Domain.Settings.RetentionBounds(30, 90, 365))
    {
        Notice = "Opgeslagen. De wijzigingen staan hieronder.",
        Changes = ["15-02-2027 10:00 · Noor Bakker: opnieuw koppelen elke 8 weken (standaard) → elke 6 weken"],
    };

    /// <summary>An owner's quiet weeks just after adding one.</summary>
    public static QuietWeeksCardModel SampleQuietWeeks { get; } = new(
        "19:wijkteam-noord@thread.tacv2",
        "Wijkteam Noord",
        [new Domain.Teams.QuietPeriod("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3)), new Domain.Teams.QuietPeriod("voorjaarsvakantie", new DateOnly(2027, 2, 13), new DateOnly(2027, 2, 21))],
        new DateOnly(2026, 12, 1))
    {
        Notice = "Toegevoegd.",
    };

    /// <summary>None marked; a refused add with what was typed and hostile text; a hostile label stored.</summary>
    public static IReadOnlyList<QuietWeeksCardModel> QuietWeeksVariants { get; } =
    [
        SampleQuietWeeks,
        new("t", null, [], new DateOnly(2027, 1, 1)) { Problems = ["\"}{\" ${problem}"], Typed = ("\"}{\" ${label}", "2027-01-02", "x") },
        new("\"}{\" ${teamId}", "\"}{\" ${title}", [new Domain.Teams.QuietPeriod("\"}{\" ${text} <b>x</b>", new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 31))], new DateOnly(2027, 1, 1)),
    ];

    /// <summary>The channel's view, a tampered submit coming back, an empty change list, hostile names.</summary>
    public static IReadOnlyList<SettingsCardModel> SettingsVariants { get; } =
    [
        SampleSettings,
        SampleSettings with { Notice = null, Changes = null, Members = [] },
        SampleSettings with
        {
            Values = new Domain.Settings.SettingsForm("Sunday", "03:00", "Mars/Olympus", "99", "aad-stranger", "maybe", "-4", null),
            Notice = null,
            Problems = ["Er is niets opgeslagen: kijk even naar de punten hieronder.", "Kies een werkdag voor het weekoverzicht."],
            Changes = [],
        },
        new("\"}{\" ${teamId}", "\"}{\" ${title}", new Domain.Settings.SettingsForm(null, null, null, null, null, null, null, null),
            [("\"}{", "${title}"), ("<b>x</b>", "<b>x</b>")], new Domain.Settings.RetentionBounds(1, 1, 1)) { Changes = ["\"}{\" ${changes}"] },
    ];

    public static (string Title, IReadOnlyList<ExportBlock> Blocks) SampleExport { get; } = ("Je gegevens (1 van 2)",
    [
        new ExportBlock("Teams en je antwoorden (1)", ["• Wijkteam Noord: je doet mee sinds 15 februari 2027; rol Wijkteam; duomoment dinsdag 09:30."]),
        new ExportBlock("Reflecties (2)", ["• 'casus A': gestart 15 februari 2027, afgerond 15 februari 2027.", "• 'gezin blauw': gestart 16 februari 2027, open bij stap 3."]),
    ]);

    public const string SampleNoticeTitle = "Je doet mee met Wijkteam Noord";

    public static IReadOnlyList<string> SampleNoticeLines { get; } = ["Je hoort van BreedBot zodra de duo's gekoppeld zijn.", "Aanpassen kan altijd met 'profiel'."];

    public static IEnumerable<string> TemplateNames() =>
        Directory.EnumerateFiles(RepoPaths.Cards, "*.json")
            .Select(Path.GetFileName)
            .Where(file => !file!.EndsWith(".data.json", StringComparison.Ordinal))
            .Select(file => file![..^".json".Length])
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    public static JsonNode ReadJson(string path) => JsonTrees.Materialized(JsonNode.Parse(File.ReadAllText(path))!);

    private static Dictionary<string, OracleCase> Build()
    {
        var cases = new Dictionary<string, OracleCase>(StringComparer.Ordinal);
        foreach (var name in TemplateNames())
        {
            var template = ReadJson(Path.Combine(RepoPaths.Cards, name + ".json"));
            var data = ReadJson(Path.Combine(RepoPaths.Cards, name + ".data.json"));
            cases.Add($"sample:{name}", new OracleCase($"sample:{name}", template, data));
        }

        foreach (var language in Enum.GetValues<UserLanguage>())
        {
            Add(cases, HelpCard.TemplateName, $"{language}", HelpCard.Data(language));
            Add(cases, WelcomeTeamCard.TemplateName, $"{language}", WelcomeTeamCard.Data(language));
            for (var i = 0; i < JoinVariants.Count; i++)
            {
                Add(cases, JoinCard.TemplateName, $"{language}:variant{i}", JoinCard.Data(language, JoinVariants[i]));
            }

            for (var i = 0; i < ProfileVariants.Count; i++)
            {
                Add(cases, ProfileCard.TemplateName, $"{language}:variant{i}", ProfileCard.Data(language, ProfileVariants[i]));
            }

            Add(cases, NoticeCard.TemplateName, $"{language}", NoticeCard.Data(language, SampleNoticeTitle, SampleNoticeLines));
            Add(cases, MyDataExportCard.TemplateName, $"{language}", MyDataExportCard.Data(language, SampleExport.Title, SampleExport.Blocks));
            Add(cases, MyDataExportCard.TemplateName, $"{language}:hostile", MyDataExportCard.Data(language, "\"}{\" ${title}", [new ExportBlock("Moedige momenten (1) (vervolg)", ["• \"}{\" ${story}"])]));
            for (var i = 0; i < MyDataVariants.Count; i++)
            {
                Add(cases, MyDataCard.TemplateName, $"{language}:variant{i}", MyDataCard.Data(language, MyDataVariants[i].Kinds, MyDataVariants[i].Note));
            }

            Add(cases, ConfirmCard.TemplateName, $"{language}", ConfirmCard.Data(language, "Al je gegevens verwijderen?", ["Je antwoorden en je plek in de duo's worden verwijderd."], ("Alles verwijderen", "mydata.delete"), ("Niet verwijderen", "mydata.keep")));
            for (var i = 0; i < ReminderVariants.Count; i++)
            {
                Add(cases, DuoReminderCard.TemplateName, $"{language}:variant{i}", DuoReminderCard.Data(language, ReminderVariants[i]));
            }
            for (var i = 0; i < DuoVariants.Count; i++)
            {
                Add(cases, DuoCard.TemplateName, $"{language}:variant{i}", DuoCard.Data(language, DuoVariants[i]));
            }

            for (var i = 0; i < SummaryVariants.Count; i++)
            {
                Add(cases, SummaryCard.TemplateName, $"{language}:variant{i}", SummaryCard.Data(language, SummaryVariants[i].Summary, SummaryVariants[i].Tip, SummaryVariants[i].Stories));
            }

            for (var i = 0; i < CourageVariants.Count; i++)
            {
                Add(cases, CourageCard.TemplateName, $"{language}:variant{i}", CourageCard.Data(language, CourageVariants[i]));
            }

            Add(cases, CouragePreviewCard.TemplateName, $"{language}", CouragePreviewCard.Data(language, SampleCouragePreview.TeamId, SampleCouragePreview.TeamName, SampleCouragePreview.Story));
            Add(cases, CouragePreviewCard.TemplateName, $"{language}:hostile", CouragePreviewCard.Data(language, "\"}{\" ${team}", null, "\"}{\" ${story} \\u0022 <b>x</b>"));
            Add(cases, MeldcodeCard.TemplateName, $"{language}", MeldcodeCard.Data(language));
            foreach (var step in MeldcodeGuide.Steps.Select(s => s.Step))
            {
                foreach (var cluster in new Beroepscluster?[] { null, Beroepscluster.Arts, Beroepscluster.SociaalWerk })
                {
                    Add(cases, MeldcodeStepCard.TemplateName, $"{language}:step{(int)step}:{cluster?.ToString() ?? "none"}", MeldcodeStepCard.Data(step, cluster, language, cluster is null ? null : "r-1"));
                }
            }

            Add(cases, KaderCard.TemplateName, $"{language}:ask1", KaderCard.Data(null, Afwegingskader.First, language, null));
            foreach (var question in Enum.GetValues<KaderQuestion>())
            {
                foreach (var yes in new[] { true, false })
                {
                    var answer = Afwegingskader.Answer(question, yes);
                    Add(cases, KaderCard.TemplateName, $"{language}:q{(int)question}:{(yes ? "yes" : "no")}", KaderCard.Data(answer, answer.Next, language, "r-1"));
                }
            }

            foreach (var (variant, data) in AcuteCardCases.All(language))
            {
                Add(cases, AcuteCard.TemplateName, $"{language}:{variant}", data);
            }

            for (var i = 0; i < SettingsVariants.Count; i++)
            {
                Add(cases, SettingsCard.TemplateName, $"{language}:variant{i}", SettingsCard.Data(language, SettingsVariants[i]));
            }

            for (var i = 0; i < QuietWeeksVariants.Count; i++)
            {
                Add(cases, QuietWeeksCard.TemplateName, $"{language}:variant{i}", QuietWeeksCard.Data(language, QuietWeeksVariants[i]));
            }

            for (var i = 0; i < PoolVariants.Count; i++)
            {
                Add(cases, PoolSettingsCard.TemplateName, $"{language}:variant{i}", PoolSettingsCard.Data(language, PoolVariants[i]));
            }

            foreach (var (variant, data) in SwapCardCases.All(language))
            {
                Add(cases, SwapCard.TemplateName, $"{language}:{variant}", data);
            }

            Add(cases, AandachtsfunctionarisCard.TemplateName, $"{language}", AandachtsfunctionarisCard.Data(language, "19:wijkteam-noord@thread.tacv2", "Wijkteam Noord"));
            Add(cases, AandachtsfunctionarisCard.TemplateName, $"{language}:noname", AandachtsfunctionarisCard.Data(language, "\"}{\" ${teamId}", null));
            for (var i = 0; i < FirstNames.Count; i++)
            {
                Add(cases, WelcomePersonalCard.TemplateName, $"{language}:name{i}", WelcomePersonalCard.Data(language, FirstNames[i]));
            }

            foreach (var (template, variant, data) in ReflectionCardCases.All(language))
            {
                Add(cases, template, $"{language}:{variant}", data);
            }
        }

        return cases;
    }

    private static void Add(Dictionary<string, OracleCase> cases, string template, string variant, JsonNode data)
    {
        var id = $"factory:{template}:{variant}";
        cases.Add(id, new OracleCase(id, CardTemplates.Get(template), data));
    }
}
