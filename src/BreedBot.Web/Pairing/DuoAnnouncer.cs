using System.Globalization;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Tells one member, in their own chat, about their duo: the card with partner names and moment, or a short
/// text. Queued in the outbox, so a pairing of 500 people keeps to Teams' limits and a blocked member ends as a
/// delivery record instead of breaking the turn. Each in the member's language (<see cref="RecipientLanguages"/>).
/// <para>
/// The occurrence id makes a repeat harmless: a duo card is keyed by the duo (<see cref="DuoKey"/>: its rotation
/// and members), so the same duo is announced once to each member however often a turn or job is retried; a
/// notice is keyed by what it is about.
/// </para>
/// </summary>
internal sealed class DuoAnnouncer(IOutbox outbox, RecipientLanguages languages)
{
    /// <param name="occurrence">From <see cref="Paired"/>, <see cref="Swapped"/> or <see cref="Mended"/>; with the member it is the delivery's identity.</param>
    public async Task SendDuoAsync(TeamInstallation team, string occurrence, int rotation, Duo duo, TeamMember member, IReadOnlyList<TeamMember> everyone, CancellationToken ct) =>
        await outbox.EnqueueAsync(Card(team, occurrence, rotation, duo, member, everyone, await languages.OfAsync(team, member.MemberKey, ct)), ct);

    /// <param name="occurrence">What the text is about (<see cref="Notice"/>); with the member it is the delivery's identity.</param>
    /// <param name="text">The text in the member's language.</param>
    public async Task SendTextAsync(TeamInstallation team, TeamMember member, string occurrence, Func<PairingTexts, string> text, CancellationToken ct) =>
        await outbox.EnqueueAsync(Text(team, member, occurrence, text(PairingTexts.For(await languages.OfAsync(team, member.MemberKey, ct)))), ct);

    /// <summary>The language of each of a team's members, for announcing a whole pairing at once.</summary>
    public Task<Func<string, UserLanguage>> LanguagesAsync(TeamInstallation team, IReadOnlyCollection<string> memberKeys, CancellationToken ct) =>
        languages.OfManyAsync(team, memberKeys, ct);

    /// <summary>Many at once (a whole team's pairing): queued side by side.</summary>
    public Task SendAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken ct) =>
        messages.Count == 0 ? Task.CompletedTask : outbox.EnqueueAsync(messages, ct);

    public static OutboundMessage Card(TeamInstallation team, string occurrence, int rotation, Duo duo, TeamMember member, IReadOnlyList<TeamMember> everyone, UserLanguage language) =>
        new(team.TenantId, team.TeamId, member.MemberKey, occurrence, MessageKinds.DuoAnnouncement,
            DuoCard.Render(language, Model(team, rotation, duo, member.MemberKey, everyone)), null);

    public static OutboundMessage Text(TeamInstallation team, TeamMember member, string occurrence, string text) =>
        new(team.TenantId, team.TeamId, member.MemberKey, occurrence, MessageKinds.DuoNotice, null, text);

    /// <summary>"duo/r000003-1a2b3c4d5e6f": a duo of a pairing round.</summary>
    public static string Paired(int rotation, Duo duo) => "duo/" + DuoKey.Of(rotation, duo.Members);

    /// <summary>
    /// A duo formed by the <paramref name="swapNumber"/>th swap of its rotation: counted, because swaps may bring
    /// back a duo announced before, and its members must hear of it again.
    /// </summary>
    public static string Swapped(int rotation, Duo duo, int swapNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"{Paired(rotation, duo)}/swap{swapNumber}");

    /// <summary>A duo mended after someone left <paramref name="before"/>.</summary>
    public static string Mended(int rotation, Duo duo, Duo before) => Paired(rotation, duo) + "/after-" + DuoKey.Of(rotation, before.Members);

    /// <summary>A text about <paramref name="about"/> (a card's occurrence, or a rotation): "duo-left/…", "duo-unplaced/…".</summary>
    public static string Notice(string what, string about) => what + "/" + (about.StartsWith("duo/", StringComparison.Ordinal) ? about[4..] : about);

    /// <summary>"r000003": a rotation, for notices about the whole round.</summary>
    public static string Round(int rotation) => string.Create(CultureInfo.InvariantCulture, $"r{rotation:D6}");

    public static DuoCardModel Model(TeamInstallation team, int rotation, Duo duo, string selfKey, IReadOnlyList<TeamMember> everyone) =>
        Model(team.TeamId, team.TeamName, team.Settings.Rhythm, rotation, duo, selfKey, everyone);

    /// <param name="teamRhythm">The team's <see cref="TeamSettings.Rhythm"/>.</param>
    public static DuoCardModel Model(string teamId, string? teamName, DuoRhythm teamRhythm, int rotation, Duo duo, string selfKey, IReadOnlyList<TeamMember> everyone)
    {
        var partners = duo.Members.Where(k => k != selfKey).Select(k => everyone.FirstOrDefault(m => m.MemberKey == k)).OfType<TeamMember>().ToList();
        var chosenBy = partners.Where(p => duo.EveryTwoWeeksBy.Contains(p.MemberKey)).Select(NameOf).ToList();
        return new DuoCardModel(
            teamName,
            [.. partners.Select(NameOf)],
            [.. partners.Select(p => p.UserPrincipalName).OfType<string>()],
            duo.Moment,
            duo.MomentAgreed)
        {
            TeamId = teamId,
            DuoKey = DuoKey.Of(rotation, duo.Members),
            Rhythm = teamRhythm == DuoRhythm.EveryTwoWeeks ? DuoCardRhythm.Team
                : duo.AgreedEveryTwoWeeks ? DuoCardRhythm.Agreed
                : duo.EveryTwoWeeksBy.Contains(selfKey) ? DuoCardRhythm.ChosenByMe
                : chosenBy.Count > 0 ? DuoCardRhythm.ChosenByPartner
                : DuoCardRhythm.EveryWeek,
            ChosenBy = chosenBy,
        };
    }

    private static string NameOf(TeamMember member) => string.IsNullOrWhiteSpace(member.Name) ? "?" : member.Name!;
}
