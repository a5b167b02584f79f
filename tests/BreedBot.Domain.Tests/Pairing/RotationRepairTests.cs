using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Pairing;

public class RotationRepairTests
{
    private static readonly WeeklyMoment Tuesday = new(DayOfWeek.Tuesday, new TimeOnly(9, 30));

    [Fact]
    public void WithoutMember_LeaverFromTrio_TrioBecomesDuoAndBothAreTold()
    {
        var duos = new[] { Duo("a", "b", "c"), Duo("d", "e") };

        var result = RotationRepair.WithoutMember(duos, "b", Candidates("a", "b", "c", "d", "e"));

        Assert.Equal([["a", "c"], ["d", "e"]], Groups(result));
        Assert.Equal(["a", "c"], result.Changed);
        Assert.Null(result.Orphan);
    }

    [Fact]
    public void WithoutMember_PartnerLeftAloneAndATrioExists_TakesAMemberOfTheTrio()
    {
        var duos = new[] { Duo("a", "b"), Duo("c", "d", "e") };

        var result = RotationRepair.WithoutMember(duos, "a", Candidates("a", "b", "c", "d", "e"));

        Assert.Equal(2, result.Duos.Count);
        Assert.All(result.Duos, d => Assert.Equal(2, d.Members.Count));
        Assert.Contains(result.Duos, d => d.Members.Contains("b"));
        Assert.Equal(["b", "c", "d", "e"], result.Changed.Order());
    }

    [Fact]
    public void WithoutMember_PartnerLeftAloneNoTrio_JoinsADuoAsTheTrio()
    {
        var duos = new[] { Duo("a", "b"), Duo("c", "d"), Duo("e", "f") };

        var result = RotationRepair.WithoutMember(duos, "a", Candidates("a", "b", "c", "d", "e", "f"));

        Assert.Equal(1, result.Duos.Count(d => d.Members.Count == 3));
        Assert.Contains(result.Duos, d => d.Members.Contains("b") && d.Members.Count == 3);
        Assert.Null(result.Orphan);
    }

    [Fact]
    public void WithoutMember_NotWithEverywhere_PartnerWaitsAloneRatherThanBreakingIt()
    {
        var duos = new[] { Duo("a", "b"), Duo("c", "d") };
        var candidates = Candidates("a", "b", "c", "d");
        candidates["b"] = candidates["b"] with { NotWith = new HashSet<string> { "c" } };
        candidates["d"] = candidates["d"] with { NotWith = new HashSet<string> { "b" } };

        var result = RotationRepair.WithoutMember(duos, "a", candidates);

        Assert.Equal("b", result.Orphan);
        Assert.Equal([["c", "d"]], Groups(result));
    }

    [Fact]
    public void WithoutMember_NotInAnyDuo_ChangesNothing()
    {
        var duos = new[] { Duo("a", "b") };

        var result = RotationRepair.WithoutMember(duos, "z", Candidates("a", "b"));

        Assert.Same(duos, result.Duos);
        Assert.Empty(result.Changed);
    }

    [Fact]
    public void WithoutMember_UntouchedDuo_KeepsItsMomentExactly()
    {
        var kept = new Duo(["d", "e"], new WeeklyMoment(DayOfWeek.Friday, new TimeOnly(15, 0)), false);

        var result = RotationRepair.WithoutMember([Duo("a", "b", "c"), kept], "a", Candidates("a", "b", "c", "d", "e"));

        Assert.Same(kept, result.Duos[1]);
    }

    private static Duo Duo(params string[] members) => new(members, Tuesday, true);

    private static Dictionary<string, PairingCandidate> Candidates(params string[] keys) =>
        keys.ToDictionary(k => k, k => new PairingCandidate(k, MemberRole.Wijkteam, null, Tuesday, new HashSet<string>()));

    private static string[][] Groups(RepairResult result) => [.. result.Duos.Select(d => d.Members.ToArray())];
}
