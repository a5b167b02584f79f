using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class RandomPairerTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Pair_AnyCount_PlacesEveryoneWithAtMostOneTrio(int count)
    {
        var team = Team(count);

        var result = RandomPairer.Pair(team, seed: 4);

        AssertValid(result, team);
    }

    [Fact]
    public void Pair_SameSeed_GivesTheSameDuos()
    {
        var team = Team(20);

        Assert.Equal(
            RandomPairer.Pair(team, seed: 4).Duos.SelectMany(d => d.Members),
            RandomPairer.Pair(team, seed: 4).Duos.SelectMany(d => d.Members));
    }
}
