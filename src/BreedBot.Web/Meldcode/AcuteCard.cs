using System.Text.Json.Nodes;
using BreedBot.Domain.Scheduling;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// What the acute card shows besides the numbers. <see cref="Circle"/>: who a consult would reach (null = not known
/// in time). <see cref="ReflectionId"/>: set only when the card was opened from the clicker's own open reflection.
/// <see cref="Answer"/>: what a press of "vraag nu om overleg" did. <see cref="Public"/>: typed in a channel or group
/// chat, where nobody's partners are shown.
/// </summary>
internal sealed record AcuteCardModel
{
    public static TimeZoneInfo DefaultZone => ZoneChoice.Default;

    public ConsultCircleResult? Circle { get; init; }

    public string? ReflectionId { get; init; }

    public ConsultAnswer? Answer { get; init; }

    public bool Public { get; init; }

    /// <summary>
    /// A message BreedBot did not understand but that spoke of danger: the numbers first, then this usual
    /// "dat begrijp ik nog niet" and the button, which shows the rest only to the person who presses it.
    /// </summary>
    public string? NotUnderstood { get; init; }

    /// <summary>The zone "al gevraagd om 14:02" is told in: the person's Teams zone, else Amsterdam.</summary>
    public TimeZoneInfo Zone { get; init; } = DefaultZone;
}

/// <summary>
/// The acute-danger card: 112 and Veilig Thuis first, always, then who a consult would reach and the button
/// to ask — or, with nobody to ask, the advice to call Veilig Thuis. After a press the same card says per
/// recipient whether the message arrived, with the numbers still on top.
/// </summary>
internal static class AcuteCard
{
    public const string TemplateName = "acute";

    public static RenderedCard Render(UserLanguage language, AcuteCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free, and says nothing about danger on a lock screen.</summary>
    public static string Summary(UserLanguage language) => AcuteTexts.For(language).Summary;

    internal static JsonObject Data(UserLanguage language, AcuteCardModel model)
    {
        var t = AcuteTexts.For(language);
        var safety = SafetyTexts.For(language);
        var view = model.NotUnderstood is { } said ? new View { Intro = $"{said} {t.NotUnderstoodHint}" }
            : model.Public ? PublicView(t)
            : model.Answer is { } answer ? AnswerView(t, answer, model.Zone)
            : OpenView(t, model.Circle);
        var opens = model.Public || model.NotUnderstood is not null;
        var reflection = !opens && model.ReflectionId is not null;
        return new JsonObject
        {
            ["call112"] = safety.Headline,
            ["veiligThuis"] = t.VeiligThuis,
            ["hasStatus"] = view.Status is not null,
            ["status"] = view.Status ?? "",
            ["hasResults"] = view.Results.Count > 0,
            ["results"] = new JsonArray([.. view.Results.Select(r => (JsonNode?)new JsonObject { ["title"] = r.Title, ["value"] = r.Value })]),
            ["notes"] = Strings(view.Notes),
            ["hasIntro"] = view.Intro is not null,
            ["intro"] = view.Intro ?? "",
            ["recipients"] = Strings(view.Recipients),
            ["hasAdvice"] = view.Advice is not null,
            ["advice"] = view.Advice ?? "",
            ["showConsult"] = view.ConsultButton is not null,
            ["consultButton"] = view.ConsultButton ?? "",
            ["showOpen"] = opens,
            ["openButton"] = safety.AcuteButton,
            ["hasReflection"] = reflection,
            ["afterwards"] = t.Afterwards,
            ["resumeButton"] = t.BackToReflection,
            ["reflectionId"] = reflection ? model.ReflectionId : "",
        };
    }

    private static View PublicView(AcuteTexts t) => new() { Intro = t.PublicIntro };

    private static View OpenView(AcuteTexts t, ConsultCircleResult? circle) => circle switch
    {
        null => new() { Intro = t.ConsultIntroUnknown, ConsultButton = t.ConsultButton },
        { InNoTeam: true } => new() { Intro = t.NobodyNoTeam, Advice = t.AdviceWhenInDoubt },
        { IsEmpty: true } => Nobody(t),
        _ => new() { Intro = t.ConsultIntro, Recipients = PerTeam(t, circle.Recipients), ConsultButton = t.ConsultButton },
    };

    private static View Nobody(AcuteTexts t) => new() { Intro = t.Nobody, Advice = t.AdviceWhenInDoubt };

    private static View AnswerView(AcuteTexts t, ConsultAnswer answer, TimeZoneInfo zone)
    {
        var withTeam = answer.Deliveries.Select(d => d.Recipient.Team.TeamId).Distinct(StringComparer.Ordinal).Count() > 1;
        var results = answer.Deliveries.Select(d => (t.Label(d.Recipient, withTeam), t.State(d.State))).ToList();
        var pending = answer.Deliveries.Any(d => d.State == ConsultState.Pending) ? [t.PendingNote] : Array.Empty<string>();
        switch (answer.Kind)
        {
            case ConsultAnswerKind.NobodyToAsk:
                return Nobody(t);
            case ConsultAnswerKind.AlreadyAsked:
                return new()
                {
                    Status = AcuteTexts.Format(t.AlreadyAsked, Clock(answer.AskedAt, zone)),
                    Results = results,
                    Notes = [.. pending, AcuteTexts.Format(t.AskAgainFrom, Clock(answer.AskAgainFrom, zone))],
                    ConsultButton = t.AskAgainButton,
                };
            case ConsultAnswerKind.Consulted:
                var delivered = answer.Deliveries.Where(d => d.State == ConsultState.Delivered).Select(d => d.Recipient).ToList();
                var status = delivered.Count == answer.Deliveries.Count
                    ? AcuteTexts.Format(t.Delivered, t.Describe(delivered), t.Have(delivered.Count))
                    : delivered.Count > 0 ? t.PartlyDelivered : t.NoneDelivered;
                return new() { Status = status, Results = results, Notes = pending };
            default:
                return new() { Status = t.NotSent, ConsultButton = t.AskAgainButton };
        }
    }

    /// <summary>One line per team (no team name when there is one team): "Wijkteam Noord: je duopartner Sam en aandachtsfunctionaris Noor".</summary>
    private static IReadOnlyList<string> PerTeam(AcuteTexts t, IReadOnlyList<ConsultRecipient> recipients)
    {
        var teams = recipients.GroupBy(r => r.Team.TeamId, StringComparer.Ordinal).ToList();
        return [.. teams.Select(team =>
        {
            var who = t.Describe([.. team]);
            var name = team.First().Team.TeamName;
            return teams.Count > 1 && !string.IsNullOrWhiteSpace(name) ? $"{name.Trim()}: {who}" : who;
        })];
    }

    private static string Clock(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } moment ? TimeZoneInfo.ConvertTime(moment, zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static JsonArray Strings(IEnumerable<string> lines) => new([.. lines.Select(line => (JsonNode?)line)]);

    private sealed record View
    {
        public string? Status { get; init; }
        public List<(string Title, string Value)> Results { get; init; } = [];
        public IReadOnlyList<string> Notes { get; init; } = [];
        public string? Intro { get; init; }
        public IReadOnlyList<string> Recipients { get; init; } = [];
        public string? Advice { get; init; }
        public string? ConsultButton { get; init; }
    }
}
