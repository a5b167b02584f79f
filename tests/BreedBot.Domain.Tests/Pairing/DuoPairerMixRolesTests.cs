using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

/// <summary>The owners' "mix roles" setting: on, different roles are preferred; off, role plays no part.</summary>
public class DuoPairerMixRolesTests
{
    // Same-role pairs mix experience fully (0 and 10 years; two unknowns count as half-mixed);
    // every cross-role pair has an unknown and so only half a mix. Only the role preference can
    // make the cross-role pairs win.
    private static readonly List<PairingCandidate> Team =
    [
        Member("w1", MemberRole.Wijkteam, years: 0), Member("w2", MemberRole.Wijkteam, years: 10),
        Member("v1", MemberRole.VeiligThuis, years: null), Member("v2", MemberRole.VeiligThuis, years: null),
    ];

    [Fact]
    public void Pair_MixRolesOn_PairsAcrossRoles()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(Team, PairingHistory.Empty, seed, PairingWeights.ForTeam(mixRoles: true));

            Assert.All(result.Duos, d => Assert.NotEqual(RoleOf(d.Members[0]), RoleOf(d.Members[1])));
        }
    }

    [Fact]
    public void Pair_MixRolesOff_IgnoresRoleAndFollowsTheOtherPreferences()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(Team, PairingHistory.Empty, seed, PairingWeights.ForTeam(mixRoles: false));

            Assert.Equal(["w2"], PartnersOf(result, "w1"));
            Assert.Equal(["v2"], PartnersOf(result, "v1"));
        }
    }

    [Fact]
    public void ForTeam_MixRolesOn_IsTheDefaultWeights()
    {
        Assert.Equal(PairingWeights.Default, PairingWeights.ForTeam(mixRoles: true));
        Assert.Equal(0, PairingWeights.ForTeam(mixRoles: false).SameRoleCost);
    }

    private static MemberRole RoleOf(string key) => Team.Single(c => c.MemberKey == key).Role;
}
