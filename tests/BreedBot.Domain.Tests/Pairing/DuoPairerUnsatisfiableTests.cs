using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class DuoPairerUnsatisfiableTests
{
    [Fact]
    public void Pair_ThreeWhoAllExcludeEachOther_ReportsAllThree()
    {
        List<PairingCandidate> team = [Member("a", notWith: ["b", "c"]), Member("b", notWith: "c"), Member("c")];

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
        Assert.Empty(result.Duos);
        Assert.Equal(["a", "b", "c"], result.UnsatisfiableMembers.Order(StringComparer.Ordinal));
        Assert.True(result.UnsatisfiableProven);
        AssertValid(result, team);
    }

    [Fact]
    public void Pair_MemberWhoExcludesEveryone_IsListedAndTheOthersArePaired()
    {
        List<PairingCandidate> team = [Member("loner", notWith: ["a", "b", "c", "d"]), Member("a"), Member("b"), Member("c"), Member("d")];

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
        Assert.Equal(["loner"], result.UnsatisfiableMembers);
        Assert.Equal(["loner"], result.Unpaired);
        Assert.Equal(2, result.Duos.Count);
        AssertValid(result, team);
    }

    [Fact]
    public void Pair_MemberExcludedByEveryone_RestFormATrio()
    {
        // Four members; one is excluded by all others, so three remain and make one trio.
        List<PairingCandidate> team = [Member("x"), Member("a", notWith: "x"), Member("b", notWith: "x"), Member("c", notWith: "x")];

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
        Assert.Equal(["x"], result.UnsatisfiableMembers);
        Assert.Single(result.Duos, d => d.Members.Count == 3);
        AssertValid(result, team);
    }

    [Fact]
    public void Pair_TwoWhoExcludeEachOther_AreBothListed()
    {
        List<PairingCandidate> team = [Member("a", notWith: "b"), Member("b")];

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
        Assert.Empty(result.Duos);
        Assert.Equal(["a", "b"], result.UnsatisfiableMembers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pair_TwoOddGroupsThatExcludeEachOther_LeavesExactlyOneOut()
    {
        // 13 + 27 members who refuse the other group: each group is odd, only one trio is allowed.
        var left = Enumerable.Range(0, 13).Select(i => $"l{i:D2}").ToArray();
        var right = Enumerable.Range(0, 27).Select(i => $"r{i:D2}").ToArray();
        List<PairingCandidate> team = [.. left.Select(k => Member(k, notWith: right)), .. right.Select(k => Member(k))];

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
        Assert.Single(result.UnsatisfiableMembers);
        Assert.True(result.UnsatisfiableProven);
        AssertValid(result, team);
    }

    [Fact]
    public void Pair_GreedyPassWouldLeaveTwoOut_LeavesOnlyOneOut()
    {
        // Found by comparing results with and without each member: no complete pairing exists,
        // but leaving out only e pairs everyone else.
        List<PairingCandidate> team =
        [
            Member("a", notWith: ["b", "d"]), Member("b", notWith: ["e", "f", "g", "h"]),
            Member("c", notWith: ["d", "e", "f", "g"]), Member("d", notWith: ["e", "f"]),
            Member("e", notWith: ["f", "g", "h"]), Member("f", notWith: ["g", "h"]), Member("g"), Member("h"),
        ];

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
            Assert.Single(result.UnsatisfiableMembers);
            AssertValid(result, team);
        }
    }

    [Fact]
    public void Pair_TeamTooLargeForTheExhaustiveSearch_SaysItIsNotProven()
    {
        var left = Enumerable.Range(0, 3).Select(i => $"l{i}").ToArray();
        var right = Enumerable.Range(0, 5).Select(i => $"r{i}").ToArray();
        List<PairingCandidate> team = [.. left.Select(k => Member(k, notWith: right)), .. right.Select(k => Member(k))];

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 1, PairingWeights.Default with { ExhaustiveSearchMaxMembers = 4 });

        Assert.Equal(PairingOutcome.ConstraintsUnsatisfiable, result.Outcome);
        Assert.False(result.UnsatisfiableProven);
    }

    [Fact]
    public void Pair_EveryonePlaced_IsNotMarkedUnsatisfiable()
    {
        var result = DuoPairer.Pair(Team(6), PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.Paired, result.Outcome);
        Assert.False(result.UnsatisfiableProven);
    }
}
