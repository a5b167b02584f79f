using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Pairing;

public class DuoSwapTests
{
    private static readonly WeeklyMoment Tuesday = new(DayOfWeek.Tuesday, new TimeOnly(9, 30));

    [Fact]
    public void Swap_TwoDuos_RequesterGetsSomeoneNewAndBothDuosChange()
    {
        var duos = new[] { Duo("a", "b"), Duo("c", "d") };

        var result = RotationSwap(duos, "a", Candidates("a", "b", "c", "d"), PairingHistory.Empty);

        Assert.True(result.Swapped);
        var mine = result.Duos.Single(d => d.Members.Contains("a"));
        Assert.DoesNotContain("b", mine.Members);
        Assert.Equal(["a", "b", "c", "d"], result.Changed.Order());
        Assert.Equal(4, result.Duos.Sum(d => d.Members.Count));
    }

    [Fact]
    public void Swap_OneOptionWasRecentPartner_ChoosesTheLeastRecent()
    {
        var duos = new[] { Duo("a", "b"), Duo("c", "d") };
        var history = new PairingHistory([new PastDuo(["a", "c"], 5), new PastDuo(["a", "d"], 1)]);

        var result = RotationSwap(duos, "a", Candidates("a", "b", "c", "d"), history);

        Assert.Equal(["a", "d"], result.Duos.Single(d => d.Members.Contains("a")).Members.Order());
    }

    [Fact]
    public void Swap_NeverBreaksNotWith()
    {
        var duos = new[] { Duo("a", "b"), Duo("c", "d") };
        var candidates = Candidates("a", "b", "c", "d");
        candidates["c"] = candidates["c"] with { NotWith = new HashSet<string> { "a" } };
        var history = new PairingHistory([new PastDuo(["a", "d"], 3)]);

        // The least recent option (c) is excluded by c's own choice, so d it is despite rotation 3.
        var result = RotationSwap(duos, "a", candidates, history);

        Assert.True(result.Swapped);
        Assert.Equal(["a", "d"], result.Duos.Single(d => d.Members.Contains("a")).Members.Order());
        Assert.Equal(["b", "c"], result.Duos.Single(d => d.Members.Contains("b")).Members.Order());
    }

    [Fact]
    public void Swap_NoAllowedTrade_ChangesNothing()
    {
        var duos = new[] { Duo("a", "b"), Duo("c", "d") };
        var candidates = Candidates("a", "b", "c", "d");
        candidates["a"] = candidates["a"] with { NotWith = new HashSet<string> { "c", "d" } };

        var result = RotationSwap(duos, "a", candidates, PairingHistory.Empty);

        Assert.False(result.Swapped);
        Assert.Same(duos, result.Duos);
    }

    [Fact]
    public void Swap_OnlyOneDuo_ChangesNothing()
    {
        var result = RotationSwap([Duo("a", "b")], "a", Candidates("a", "b"), PairingHistory.Empty);

        Assert.False(result.Swapped);
    }

    private static SwapResult RotationSwap(IReadOnlyList<Duo> duos, string requester, Dictionary<string, PairingCandidate> candidates, PairingHistory history) =>
        DuoSwap.Swap(duos, requester, candidates, history);

    private static Duo Duo(params string[] members) => new(members, Tuesday, true);

    private static Dictionary<string, PairingCandidate> Candidates(params string[] keys) =>
        keys.ToDictionary(k => k, k => new PairingCandidate(k, MemberRole.Wijkteam, null, Tuesday, new HashSet<string>()));
}
