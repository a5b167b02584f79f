using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class PairingPoolTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Fact]
    public void Select_PausedAndNotOptedIn_AreLeftOut()
    {
        PoolMember[] members =
        [
            new(Member("in"), OptedIn: true, PausedUntil: null),
            new(Member("out"), OptedIn: false, PausedUntil: null),
            new(Member("paused"), OptedIn: true, PausedUntil: Today.AddDays(1)),
            new(Member("back"), OptedIn: true, PausedUntil: Today),
        ];

        var pool = PairingPool.Select(members, Today);

        Assert.Equal(["in", "back"], pool.Select(c => c.MemberKey));
    }

    [Fact]
    public void Select_EveryonePaused_PairerSaysNoOneIsAvailable()
    {
        PoolMember[] members =
        [
            new(Member("a"), OptedIn: true, PausedUntil: Today.AddDays(7)),
            new(Member("b"), OptedIn: true, PausedUntil: Today.AddDays(14)),
        ];

        var result = DuoPairer.Pair(PairingPool.Select(members, Today), PairingHistory.Empty, seed: 1);

        Assert.Equal(PairingOutcome.NoOneAvailable, result.Outcome);
        Assert.Empty(result.Duos);
    }
}
