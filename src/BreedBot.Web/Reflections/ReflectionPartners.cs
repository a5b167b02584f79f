using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;

namespace BreedBot.Web.Reflections;

/// <summary>
/// The author's current duo partners in every installed team they are active in. Asked at the
/// moment of sharing, so after a new rotation the old partner no longer receives new reflections.
/// </summary>
internal sealed class ReflectionPartners(MemberStore members, TeamStore teams, DuoStore duos)
{
    public async Task<IReadOnlyList<ReflectionPartner>> CurrentAsync(string tenantId, string authorKey, CancellationToken ct)
    {
        var partners = new List<ReflectionPartner>();
        foreach (var (teamId, _) in await members.ListTeamsOfAsync(tenantId, authorKey, ct))
        {
            if (await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team
                || await members.GetAsync(tenantId, teamId, authorKey, ct) is not { Status: MembershipStatus.Joined }
                || await duos.GetCurrentAsync(tenantId, teamId, ct) is not { } rotation
                || rotation.Duos.FirstOrDefault(d => d.Members.Contains(authorKey)) is not { } duo)
            {
                continue;
            }

            foreach (var key in duo.Members.Where(k => k != authorKey))
            {
                if (await members.GetAsync(tenantId, teamId, key, ct) is { Status: not MembershipStatus.Removed } partner
                    && partners.TrueForAll(p => p.Member.MemberKey != key))
                {
                    partners.Add(new ReflectionPartner(team, partner));
                }
            }
        }

        return partners;
    }
}
