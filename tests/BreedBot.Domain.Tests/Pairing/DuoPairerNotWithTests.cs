using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class DuoPairerNotWithTests
{
    [Fact]
    public void Pair_NotWithOneWay_IsRespectedBothWays()
    {
        // b's cheapest partner would be a (different role), but a does not want b.
        List<PairingCandidate> team =
        [
            Member("a", MemberRole.VeiligThuis, notWith: "b"),
            Member("b", MemberRole.Wijkteam),
            Member("c", MemberRole.Wijkteam),
            Member("d", MemberRole.VeiligThuis),
        ];

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.Equal(PairingOutcome.Paired, result.Outcome);
            Assert.DoesNotContain("b", PartnersOf(result, "a"));
            AssertValid(result, team);
        }
    }

    [Fact]
    public void Pair_OddCountWithNotWith_TrioRespectsIt()
    {
        // Five members: two duos and a trio; a and c may never share either.
        List<PairingCandidate> team = [Member("a", notWith: "c"), Member("b"), Member("c"), Member("d"), Member("e")];

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.Equal(PairingOutcome.Paired, result.Outcome);
            AssertValid(result, team);
        }
    }

    [Fact]
    public void Pair_OnlyOneValidArrangement_FindsIt()
    {
        // A chain of exclusions greedy pairing easily gets wrong: only (a,b),(c,d),(e,f) is valid.
        List<PairingCandidate> team =
        [
            Member("a", notWith: ["c", "d", "e", "f"]),
            Member("b", notWith: ["c", "d", "e", "f"]),
            Member("c", notWith: ["e", "f"]),
            Member("d", notWith: ["e", "f"]),
            Member("e"),
            Member("f"),
        ];

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.Equal(PairingOutcome.Paired, result.Outcome);
            Assert.Equal(["b"], PartnersOf(result, "a"));
            Assert.Equal(["d"], PartnersOf(result, "c"));
        }
    }

    [Fact]
    public void Pair_LargeTeamWithManyNotWith_NeverBreaksOne()
    {
        var team = Team(201)
            .Select((c, i) => i % 10 == 0 ? c with { NotWith = new HashSet<string> { $"m{(i + 1) % 201:D3}", $"m{(i + 7) % 201:D3}" } } : c)
            .ToList();

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 5);

        Assert.Equal(PairingOutcome.Paired, result.Outcome);
        AssertValid(result, team);
    }

    [Fact]
    public void Pair_GreedyPassWouldLeaveOneOut_SearchStillPlacesEveryone()
    {
        // Found by comparing with the search switched off: for seed 1 the greedy pass and its
        // repairs leave one member over, yet (b,e) + (a,c,d) is valid.
        List<PairingCandidate> team = [Member("a", notWith: "b"), Member("b", notWith: "d"), Member("c", notWith: "e"), Member("d", notWith: "e"), Member("e")];
        var withoutSearch = PairingWeights.Default with { ExhaustiveSearchMaxMembers = 0 };

        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, DuoPairer.Pair(team, PairingHistory.Empty, seed: 1, withoutSearch).Outcome);
        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.Equal(PairingOutcome.Paired, result.Outcome);
            AssertValid(result, team);
        }
    }

    [Fact]
    public void Pair_ManyRandomSmallTeamsWithDenseNotWith_KeepEveryInvariant()
    {
        ulong state = 12345;
        int Next(int max) => (int)((state = (state * 6364136223846793005UL) + 1442695040888963407UL) >> 33) % max;

        for (var round = 0; round < 300; round++)
        {
            var keys = Enumerable.Range(0, 2 + Next(12)).Select(i => $"k{i:D2}").ToArray();
            var team = keys.Select(k => Member(k, notWith: [.. keys.Where(_ => Next(100) < 30)])).ToList();

            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: round);

            AssertValid(result, team);
            Assert.Equal(result.Unpaired, result.UnsatisfiableMembers);
            Assert.Equal(result.UnsatisfiableMembers.Count == 0, result.Outcome == PairingOutcome.Paired);
        }
    }
}
