using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Pairing;

public sealed class PairingSeedTests
{
    [Fact]
    public void For_SameTeamAndRotation_SameSeedEveryTime()
    {
        Assert.Equal(PairingSeed.For("19:team@thread.tacv2", 3), PairingSeed.For("19:team@thread.tacv2", 3));
    }

    [Fact]
    public void For_NextRotationOrOtherTeam_AnotherSeed()
    {
        var seed = PairingSeed.For("19:team@thread.tacv2", 3);

        Assert.NotEqual(seed, PairingSeed.For("19:team@thread.tacv2", 4));
        Assert.NotEqual(seed, PairingSeed.For("19:other@thread.tacv2", 3));
    }
}
