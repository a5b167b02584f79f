using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class DuoPairerPlacementTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(100)]
    [InlineData(101)]
    public void Pair_AnyCount_PlacesEveryone(int count)
    {
        var team = Team(count);

        var result = DuoPairer.Pair(team, PairingHistory.Empty, seed: 7);

        Assert.Equal(PairingOutcome.Paired, result.Outcome);
        Assert.Empty(result.Unpaired);
        Assert.Empty(result.UnsatisfiableMembers);
        AssertValid(result, team);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(101)]
    public void Pair_OddCount_MakesExactlyOneTrio(int count)
    {
        var result = DuoPairer.Pair(Team(count), PairingHistory.Empty, seed: 3);

        Assert.Single(result.Duos, d => d.Members.Count == 3);
        Assert.Equal((count - 3) / 2, result.Duos.Count(d => d.Members.Count == 2));
    }

    [Fact]
    public void Pair_EvenCount_MakesNoTrio()
    {
        var result = DuoPairer.Pair(Team(40), PairingHistory.Empty, seed: 3);

        Assert.All(result.Duos, d => Assert.Equal(2, d.Members.Count));
        Assert.Equal(20, result.Duos.Count);
    }

    [Fact]
    public void Pair_SameInputsAndSeed_GivesTheSameDuos()
    {
        var team = Team(61);

        var first = DuoPairer.Pair(team, PairingHistory.Empty, seed: 42);
        var second = DuoPairer.Pair(team, PairingHistory.Empty, seed: 42);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Pair_CandidatesInAnotherOrder_GivesTheSameDuos()
    {
        var team = Team(31);

        var first = DuoPairer.Pair(team, PairingHistory.Empty, seed: 42);
        var reversed = DuoPairer.Pair([.. Enumerable.Reverse(team)], PairingHistory.Empty, seed: 42);

        Assert.Equal(Describe(first), Describe(reversed));
    }

    [Fact]
    public void Pair_DifferentSeeds_CanGiveDifferentDuos()
    {
        // Identical members: every pairing costs the same, so only the seed decides.
        var team = Enumerable.Range(0, 30).Select(i => Member($"m{i:D2}")).ToList();

        var distinct = Enumerable.Range(1, 5)
            .Select(seed => Describe(DuoPairer.Pair(team, PairingHistory.Empty, seed)))
            .Distinct()
            .Count();

        Assert.True(distinct > 1);
    }

    [Fact]
    public void Pair_OneMember_IsTooFewAndListsThem()
    {
        var result = DuoPairer.Pair([Member("alone")], PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.TooFewMembers, result.Outcome);
        Assert.Empty(result.Duos);
        Assert.Equal(["alone"], result.Unpaired);
    }

    [Fact]
    public void Pair_NoMembers_IsNoOneAvailable()
    {
        var result = DuoPairer.Pair([], PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.NoOneAvailable, result.Outcome);
        Assert.Empty(result.Duos);
        Assert.Empty(result.Unpaired);
    }

    [Fact]
    public void Pair_DuplicateMemberKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => DuoPairer.Pair([Member("a"), Member("a")], PairingHistory.Empty, seed: 1));
    }

    private static string Describe(PairingResult result) =>
        string.Join(" | ", result.Duos.Select(d => string.Join(",", d.Members) + "@" + d.Moment));
}
