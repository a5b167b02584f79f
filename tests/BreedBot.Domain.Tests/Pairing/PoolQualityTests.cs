using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class PoolQualityTests
{
    [Fact]
    public void Measure_DuosOfOneTeamAndBrokenNotWith_AreCounted()
    {
        List<PoolCandidate> pool =
        [
            new(Member("a1", notWith: "b1") with { Cluster = Beroepscluster.Arts }, "A"),
            new(Member("a2") with { Cluster = Beroepscluster.Arts }, "A"),
            new(Member("b1") with { Cluster = Beroepscluster.Ggz }, "B"),
            new(Member("b2") with { Cluster = Beroepscluster.Arts }, "B"),
        ];
        List<Duo> duos = [new(["a1", "b1"], TuesdayMorning, true), new(["a2", "b2"], TuesdayMorning, true)];

        var figures = PoolQuality.Measure(duos, pool, PairingHistory.Empty, 6);

        Assert.Equal(0.5, figures.MixedClusterShare);
        Assert.Equal(0.5, figures.NotWithBrokenRate);
        Assert.Equal(0, figures.SameTeamRate);
        Assert.Equal(1.0, PoolQuality.Measure([new(["a1", "a2"], TuesdayMorning, true)], pool, PairingHistory.Empty, 6).SameTeamRate);
    }
}
