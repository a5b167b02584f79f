using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class PoolPairerTests
{
    [Fact]
    public void Pair_TwoTeams_NeverPairsTwoOfOneTeam()
    {
        // Same role, cluster and moment everywhere: only the team rule can keep team-mates apart.
        List<PoolCandidate> pool = [.. Offered("A", "a1", "a2", "a3"), .. Offered("B", "b1", "b2", "b3")];

        for (var seed = 0; seed < 30; seed++)
        {
            var result = PoolPairer.Pair(pool, PairingHistory.Empty, seed);

            Assert.Equal(PairingOutcome.Paired, result.Outcome);
            Assert.All(result.Duos, d => Assert.Equal(2, d.Members.Count));
            Assert.All(result.Duos, d => Assert.NotEqual(d.Members[0][0], d.Members[1][0]));
            AssertValid(result, PoolPairer.Candidates(pool));
        }
    }

    [Fact]
    public void Pair_OnlyOneTeamOffered_PairsNobody()
    {
        List<PoolCandidate> pool = [.. Offered("A", "a1", "a2", "a3", "a4")];

        var result = PoolPairer.Pair(pool, PairingHistory.Empty, seed: 7);

        Assert.Empty(result.Duos);
        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
        Assert.Equal(4, result.UnsatisfiableMembers.Count);
    }

    [Fact]
    public void Pair_NotWithAcrossTeams_IsHonouredBothWays()
    {
        // a1 does not want b1; with b1 unwanted the only valid pool is (a1,b2),(a2,b1).
        List<PoolCandidate> pool =
        [
            new(Member("a1", notWith: "b1"), "A"), new(Member("a2"), "A"),
            new(Member("b1"), "B"), new(Member("b2"), "B"),
        ];

        for (var seed = 0; seed < 30; seed++)
        {
            var result = PoolPairer.Pair(pool, PairingHistory.Empty, seed);

            Assert.Equal(PairingOutcome.Paired, result.Outcome);
            Assert.Equal(["b2"], PartnersOf(result, "a1"));
            Assert.Equal(["a2"], PartnersOf(result, "b1"));
        }
    }

    [Fact]
    public void Pair_ThreeTeams_PrefersDifferentBeroepsgroepen()
    {
        // Each team has a POH and a wijkteam worker; a pool of like with like would be cheap on moments alone.
        List<PoolCandidate> pool =
        [
            new(Poh("a-poh"), "A"), new(Wijkteam("a-wt"), "A"),
            new(Poh("b-poh"), "B"), new(Wijkteam("b-wt"), "B"),
            new(Poh("c-poh"), "C"), new(Wijkteam("c-wt"), "C"),
        ];

        for (var seed = 0; seed < 30; seed++)
        {
            var result = PoolPairer.Pair(pool, PairingHistory.Empty, seed);

            Assert.Equal(3, result.Duos.Count);
            Assert.All(result.Duos, d => Assert.Single(d.Members, m => m.EndsWith("-poh", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Pair_RecentPoolPartners_AreNotRepeated()
    {
        List<PoolCandidate> pool = [.. Offered("A", "a1", "a2"), .. Offered("B", "b1", "b2")];
        var history = PairingHistory.Empty.With([Duo("a1", "b1"), Duo("a2", "b2")], rotation: 1);

        for (var seed = 0; seed < 30; seed++)
        {
            var result = PoolPairer.Pair(pool, history, seed);

            Assert.Equal(["b2"], PartnersOf(result, "a1"));
            Assert.Equal(["b1"], PartnersOf(result, "a2"));
        }
    }

    [Fact]
    public void Pair_SameInputsInAnotherOrder_GivesTheSameDuos()
    {
        List<PoolCandidate> pool = [.. Offered("A", "a1", "a2", "a3"), .. Offered("B", "b1", "b2"), .. Offered("C", "c1", "c2")];
        List<PoolCandidate> shuffled = [pool[4], pool[0], pool[6], pool[2], pool[5], pool[1], pool[3]];

        var first = PoolPairer.Pair(pool, PairingHistory.Empty, seed: 42);
        var again = PoolPairer.Pair(shuffled, PairingHistory.Empty, seed: 42);

        Assert.Equal(first.Duos.Select(d => string.Join(',', d.Members)), again.Duos.Select(d => string.Join(',', d.Members)));
        Assert.Equal(PairingOutcome.Paired, first.Outcome);
        Assert.Single(first.Duos, d => d.Members.Count == 3);
    }

    [Fact]
    public void Candidates_PersonOfferedByTwoTeams_IsOfferedOnceAndKeptFromBothTeams()
    {
        List<PoolCandidate> pool =
        [
            new(Member("x", notWith: "c1"), "A"), new(Member("x"), "B"),
            new(Member("a1"), "A"), new(Member("b1"), "B"), new(Member("c1"), "C"), new(Member("c2"), "C"),
        ];

        var people = PoolPairer.Candidates(pool);
        var result = PoolPairer.Pair(pool, PairingHistory.Empty, seed: 3);

        Assert.Single(people, c => c.MemberKey == "x");
        Assert.Equal(["a1", "b1", "c1"], people.Single(c => c.MemberKey == "x").NotWith.Order(StringComparer.Ordinal));
        Assert.Equal(["c2"], PartnersOf(result, "x"));
    }

    [Fact]
    public void Pair_TwoPeopleWhoShareATeamOutsideThePool_AreNeverPaired()
    {
        // x (pooled team A) and y (pooled team B) also work together in team C, which is not in the pool.
        var shared = new HashSet<string>(["C"], StringComparer.Ordinal);
        List<PoolCandidate> pool =
        [
            new(Member("x"), "A") { OtherTeams = shared }, new(Member("a1"), "A"),
            new(Member("y"), "B") { OtherTeams = shared }, new(Member("b1"), "B"),
        ];

        for (var seed = 0; seed < 30; seed++)
        {
            var result = PoolPairer.Pair(pool, PairingHistory.Empty, seed);

            Assert.Equal(["b1"], PartnersOf(result, "x"));
            Assert.Equal(["a1"], PartnersOf(result, "y"));
        }
    }

    private static IEnumerable<PoolCandidate> Offered(string team, params string[] keys) =>
        keys.Select(k => new PoolCandidate(Member(k) with { Cluster = Beroepscluster.SociaalWerk }, team));

    private static PairingCandidate Poh(string key) => Member(key, MemberRole.Poh) with { Cluster = Beroepscluster.Praktijkondersteuning };

    private static PairingCandidate Wijkteam(string key) => Member(key, MemberRole.Wijkteam) with { Cluster = Beroepscluster.SociaalWerk };

    private static Duo Duo(string a, string b) => new([a, b], TuesdayMorning, true);
}
