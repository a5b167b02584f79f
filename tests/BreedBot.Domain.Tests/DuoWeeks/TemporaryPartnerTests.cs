using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.Tests.DuoWeeks;

public sealed class TemporaryPartnerTests
{
    private static readonly DateOnly Tuesday = new(2027, 2, 16);
    private static readonly PauseWindow Paused = new(new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 1));
    private static readonly Dictionary<string, string> Names = new() { ["a"] = "Alex", ["b"] = "Bo", ["c"] = "Cas", ["d"] = "Dani", ["e"] = "Eva", ["f"] = "Fen" };

    private static DuoSchedule Duo(params (string Key, bool Paused)[] members) => new(
        new OccurrenceScope("tenant", "team"), null, 3, new Duo([.. members.Select(m => m.Key)], new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), true),
        new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
        members.ToDictionary(m => m.Key, m => new DuoPartner(m.Key, true, m.Paused ? Paused : null, null)));

    [Fact]
    public void For_AnotherDuoWithItsPartnerPausedToo_NamesWhoIsLeftThere()
    {
        var mine = Duo(("a", false), ("b", true));
        var other = Duo(("c", true), ("d", false));

        Assert.Equal("Dani", TemporaryPartner.For([mine, other], mine, Tuesday, k => Names[k]));
    }

    [Fact]
    public void For_OtherDuosWhole_NobodyIsSuggested()
    {
        var mine = Duo(("a", false), ("b", true));

        Assert.Null(TemporaryPartner.For([mine, Duo(("c", false), ("d", false))], mine, Tuesday, k => Names[k]));
    }

    [Fact]
    public void For_SeveralAloneOrUnnamed_TheFirstByNameOfThoseWithAName()
    {
        var mine = Duo(("a", false), ("b", true));
        var unnamed = Duo(("c", false), ("d", true));

        Assert.Equal("Eva", TemporaryPartner.For([mine, Duo(("f", false), ("b", true)), Duo(("e", false), ("d", true)), unnamed], mine, Tuesday, k => k == "c" ? null : Names[k]));
    }
}
