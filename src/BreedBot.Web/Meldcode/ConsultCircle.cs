using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Meldcode;

/// <summary>Someone an urgent consult reaches, in one team: a current duo partner, the team's aandachtsfunctionaris, or both.</summary>
internal sealed record ConsultRecipient(TeamInstallation Team, TeamMember Member, bool IsPartner, bool IsAandachtsfunctionaris);

/// <summary>
/// Whom a consult asks: everyone of <see cref="Recipients"/>, one message per person even when they have a role in
/// two teams. The requester's name and UPN go into the message (a chat link), nothing else.
/// </summary>
internal sealed record ConsultCircleResult(string? RequesterName, string? RequesterUpn, IReadOnlyList<ConsultRecipient> Recipients, int TeamCount = 1)
{
    public bool IsEmpty => Recipients.Count == 0;

    /// <summary>Not in any team with BreedBot: nobody to ask, for another reason than an empty team.</summary>
    public bool InNoTeam => TeamCount == 0;

    /// <summary>Each person once, in their first team.</summary>
    public IReadOnlyList<ConsultRecipient> People => [.. Recipients.DistinctBy(r => r.Member.MemberKey, StringComparer.Ordinal)];
}

/// <summary>
/// The people an urgent consult would reach: in each installed team of the sender, their current duo partner(s)
/// and the team's aandachtsfunctionaris — the same look-up for the card that says so before the click and for
/// the consult itself, so what the card promises is what the button does.
/// </summary>
internal sealed class ConsultCircle(SenderTeams senderTeams, DuoStore duos, MemberStore members)
{
    public async Task<ConsultCircleResult> FindAsync(Activity activity, CancellationToken ct)
    {
        var requesterKey = ActivityAddress.UserKey(activity.From);
        var teams = await senderTeams.OfAsync(activity, ct);
        var perTeam = await Task.WhenAll(teams.Select(t => RecipientsInAsync(t.Team, requesterKey, ct)));
        return new ConsultCircleResult(
            string.IsNullOrWhiteSpace(activity.From?.Name) ? teams.Select(t => t.Member.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) : activity.From.Name,
            teams.Select(t => t.Member.UserPrincipalName).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)),
            [.. perTeam.SelectMany(r => r)],
            teams.Count);
    }

    private async Task<IReadOnlyList<ConsultRecipient>> RecipientsInAsync(TeamInstallation team, string? requesterKey, CancellationToken ct)
    {
        var partners = requesterKey is not null && await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is { } rotation
            ? rotation.Duos.Where(d => d.Members.Contains(requesterKey)).SelectMany(d => d.Members).Where(k => k != requesterKey).ToHashSet(StringComparer.Ordinal)
            : [];
        var aandachtsfunctionaris = team.Settings.AandachtsfunctionarisKey is { Length: > 0 } af && af != requesterKey ? af : null;
        var keys = partners.Concat(aandachtsfunctionaris is null ? [] : [aandachtsfunctionaris]).Distinct(StringComparer.Ordinal).ToList();
        var found = await Task.WhenAll(keys.Select(key => members.GetAsync(team.TenantId, team.TeamId, key, ct)));
        return [.. found
            .Where(member => member is { Status: not MembershipStatus.Removed })
            .Select(member => new ConsultRecipient(team, member!, partners.Contains(member!.MemberKey), member.MemberKey == aandachtsfunctionaris))];
    }
}
