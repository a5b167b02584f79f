using System.Text.Json.Nodes;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>The acute card in every state it can be in: before the click for each combination of people, and after it for each answer.</summary>
internal static class AcuteCardCases
{
    /// <summary>13:02 UTC on 15 February 2027 is 14:02 in Amsterdam.</summary>
    public static DateTimeOffset At { get; } = new(2027, 2, 15, 13, 2, 0, TimeSpan.Zero);

    public static readonly TeamInstallation Noord = Team("19:wijkteam-noord@thread.tacv2", "Wijkteam Noord");
    public static readonly TeamInstallation Zuid = Team("19:wijkteam-zuid@thread.tacv2", "Wijkteam Zuid");

    public static ConsultRecipient Sam { get; } = Recipient(Noord, "aad-sam", "Sam de Vries", partner: true);
    public static ConsultRecipient Noor { get; } = Recipient(Noord, "aad-noor", "Noor Bakker", af: true);
    public static ConsultRecipient Bo { get; } = Recipient(Zuid, "aad-bo", "Bo de Wit", partner: true);

    /// <summary>What cards/acute.data.json shows: two teams, three people, opened from the person's own reflection.</summary>
    public static AcuteCardModel Sample { get; } = new() { Circle = Circle(Sam, Noor, Bo), ReflectionId = "r-2027-001" };

    /// <summary>Who a consult would reach, by name: every combination the card must describe honestly.</summary>
    public static IReadOnlyDictionary<string, ConsultCircleResult?> Circles { get; } = new Dictionary<string, ConsultCircleResult?>
    {
        ["unknown"] = null,
        ["nobody"] = Circle(),
        ["noTeam"] = new ConsultCircleResult("Alex Wilber", null, [], TeamCount: 0),
        ["partner"] = Circle(Sam),
        ["aandachtsfunctionaris"] = Circle(Noor),
        ["both"] = Circle(Sam, Noor),
        ["trio"] = Circle(Sam, Recipient(Noord, "aad-ana", "Ana Jansen", partner: true), Noor),
        ["partnerIsAlsoAandachtsfunctionaris"] = Circle(Recipient(Noord, "aad-noor", "Noor Bakker", partner: true, af: true)),
        ["severalTeams"] = Circle(Sam, Noor, Bo),
        ["noNames"] = Circle(Recipient(Noord, "aad-x", null, partner: true), Recipient(Noord, "aad-y", "  ", af: true)),
        ["hostile"] = Circle(Recipient(Team("\"}{\" ${team}", "\"}{\" ${teamName}"), "k", "\"}{\" ${name} <b>x</b>", partner: true), Bo),
    };

    public static IReadOnlyDictionary<string, ConsultAnswer> Answers { get; } = new Dictionary<string, ConsultAnswer>
    {
        ["allDelivered"] = Consulted((Sam, ConsultState.Delivered), (Noor, ConsultState.Delivered)),
        ["oneDelivered"] = Consulted((Sam, ConsultState.Delivered)),
        ["partlyDelivered"] = Consulted((Sam, ConsultState.Delivered), (Noor, ConsultState.Pending), (Bo, ConsultState.NotReached)),
        ["noneDelivered"] = Consulted((Sam, ConsultState.Pending), (Noor, ConsultState.NotReached)),
        ["alreadyAsked"] = new(ConsultAnswerKind.AlreadyAsked, [new(Sam, ConsultState.Delivered), new(Noor, ConsultState.Pending)], At, At.AddMinutes(10)),
        ["alreadyAskedNoStates"] = new(ConsultAnswerKind.AlreadyAsked, [], At, At.AddMinutes(10)),
        ["notSent"] = ConsultAnswer.NotSent,
        ["nobodyToAsk"] = ConsultAnswer.NobodyToAsk,
    };

    public static IEnumerable<(string Variant, AcuteCardModel Model)> Models()
    {
        foreach (var (name, circle) in Circles)
        {
            yield return ($"open:{name}", new AcuteCardModel { Circle = circle });
            yield return ($"open:{name}:reflection", new AcuteCardModel { Circle = circle, ReflectionId = "r-1" });
        }

        foreach (var (name, answer) in Answers)
        {
            yield return ($"answer:{name}", new AcuteCardModel { Answer = answer });
            yield return ($"answer:{name}:reflection", new AcuteCardModel { Answer = answer, ReflectionId = "r-1" });
        }

        yield return ("public", new AcuteCardModel { Public = true, ReflectionId = "r-1" });
        yield return ("notUnderstood", new AcuteCardModel { NotUnderstood = "Dat begrijp ik nog niet. Stuur 'help' en je ziet wat ik nu voor je kan doen.", ReflectionId = "r-1" });
    }

    public static IEnumerable<(string Variant, JsonObject Data)> All(UserLanguage language) =>
        Models().Select(m => (m.Variant, AcuteCard.Data(language, m.Model)));

    public static ConsultCircleResult Circle(params ConsultRecipient[] recipients) => new("Alex Wilber", "alex@wijkteam.example", recipients);

    public static ConsultRecipient Recipient(TeamInstallation team, string key, string? name, bool partner = false, bool af = false) =>
        new(team, new TeamMember(team.TenantId, team.TeamId, key, "29:" + key, name, MembershipStatus.Joined, null, null, At), partner, af);

    private static ConsultAnswer Consulted(params (ConsultRecipient Recipient, ConsultState State)[] deliveries) =>
        new(ConsultAnswerKind.Consulted, [.. deliveries.Select(d => new ConsultDelivery(d.Recipient, d.State))], At);

    private static TeamInstallation Team(string id, string name) =>
        new("tenant", id, name, null, new ConversationAddress("https://smba.trafficmanager.net/emea/", id, "28:bot"), InstallationStatus.Installed, At, At);
}
