using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class PairingQualityTests
{
    private static readonly WeeklyMoment Monday = new(DayOfWeek.Monday, new TimeOnly(9, 0));

    [Fact]
    public void Measure_KnownDuos_CountsRepeatsMixesAndAgreedMoments()
    {
        List<PairingCandidate> team =
        [
            Member("a", MemberRole.Wijkteam), Member("b", MemberRole.Poh),
            Member("c", MemberRole.Wijkteam), Member("d", MemberRole.Wijkteam),
        ];
        Duo[] duos = [new(["a", "b"], Monday, true), new(["d", "c"], Monday, false)];
        var history = new PairingHistory([new PastDuo(["c", "d"], 3), new PastDuo(["a", "b"], 1)]);

        var figures = PairingQuality.Measure(duos, team, history, recentRotations: 2);

        Assert.Equal(new PairingQualityFigures(2, 0.5, 0.5, 0.5), figures);
    }

    [Fact]
    public void Measure_NoDuos_IsAllZero()
    {
        Assert.Equal(new PairingQualityFigures(0, 0, 0, 0), PairingQuality.Measure([], [], PairingHistory.Empty, 6));
    }
}
