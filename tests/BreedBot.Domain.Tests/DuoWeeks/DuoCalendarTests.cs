using System.Globalization;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.DuoWeeks;

public sealed class DuoCalendarTests
{
    private static readonly Duo Weekly = new(["a", "b"], new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), true);

    private static DuoCalendar EveryTwoWeeksFrom(IsoWeek anchor, params QuietPeriod[] quiet) => new(DuoRhythm.EveryTwoWeeks, anchor, quiet);

    [Fact]
    public void WeeksInYear_2026_Has53IsoWeeks()
    {
        // 1 January 2026 is a Thursday, so 2026 has an ISO week 53: the case where week-number parity breaks.
        Assert.Equal(DayOfWeek.Thursday, new DateOnly(2026, 1, 1).DayOfWeek);
        Assert.Equal(53, ISOWeek.GetWeeksInYear(2026));
    }

    [Fact]
    public void Index_OverTheTurnOfA53WeekYear_CountsOnByOne()
    {
        Assert.Equal(1, new IsoWeek(2026, 53).Index - new IsoWeek(2026, 52).Index);
        Assert.Equal(1, new IsoWeek(2027, 1).Index - new IsoWeek(2026, 53).Index);
        Assert.Equal(1, new IsoWeek(2026, 1).Index - new IsoWeek(2025, 52).Index);
    }

    [Fact]
    public void IsRhythmWeek_EveryTwoWeeksAcrossWeek53_NeverTwoWeeksInARow()
    {
        var calendar = EveryTwoWeeksFrom(new IsoWeek(2026, 51));

        var on = Enumerable.Range(0, 6).Select(i => new IsoWeek(2026, 51).AddWeeks(i)).Where(calendar.IsRhythmWeek).Select(w => w.ToString());

        // Week-number parity would have made both 2026-W53 and 2027-W01 (odd numbers) moments, one week apart.
        Assert.Equal(["2026-W51", "2026-W53", "2027-W02"], on);
    }

    [Fact]
    public void IsRhythmWeek_EveryWeek_IsEveryWeek()
    {
        Assert.All(Enumerable.Range(0, 60).Select(i => new IsoWeek(2026, 40).AddWeeks(i)), w => Assert.True(DuoCalendar.EveryWeek.IsRhythmWeek(w)));
    }

    [Fact]
    public void IsRhythmWeek_WeeksBeforeTheAnchor_KeepTheSameBeat()
    {
        var calendar = EveryTwoWeeksFrom(new IsoWeek(2027, 10));

        Assert.True(calendar.IsRhythmWeek(new IsoWeek(2027, 8)));
        Assert.False(calendar.IsRhythmWeek(new IsoWeek(2027, 9)));
    }

    [Fact]
    public void For_TeamEveryTwoWeeks_AnchorsOnThePairingWeekInTheTeamsZone()
    {
        // Sunday 23:30 UTC is already Monday in Amsterdam: the pairing week is the Monday's.
        var pairedAt = new DateTimeOffset(2027, 2, 14, 23, 30, 0, TimeSpan.Zero);

        var calendar = DuoCalendar.For(new TeamSettings { Rhythm = DuoRhythm.EveryTwoWeeks }, [], Weekly, pairedAt);

        Assert.Equal(DuoRhythm.EveryTwoWeeks, calendar.Rhythm);
        Assert.Equal(new IsoWeek(2027, 7), calendar.Anchor);
    }

    [Theory]
    [InlineData(new string[0], DuoRhythm.EveryWeek)]
    [InlineData(new[] { "a" }, DuoRhythm.EveryWeek)]
    [InlineData(new[] { "a", "b" }, DuoRhythm.EveryTwoWeeks)]
    public void For_WeeklyTeam_EveryTwoWeeksOnlyWhenEveryMemberChoseIt(string[] chosenBy, DuoRhythm expected)
    {
        var calendar = DuoCalendar.For(TeamSettings.Default, [], Weekly with { EveryTwoWeeksBy = chosenBy }, new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, calendar.Rhythm);
    }

    [Fact]
    public void HasMoment_DateInAQuietPeriod_IsNoMoment()
    {
        var quiet = new QuietPeriod("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3));
        var calendar = DuoCalendar.EveryWeek with { Quiet = [quiet] };

        Assert.False(calendar.HasMoment(new IsoWeek(2026, 52), new DateOnly(2026, 12, 22)));
        Assert.False(calendar.HasMoment(new IsoWeek(2026, 53), new DateOnly(2027, 1, 3)));
        Assert.True(calendar.HasMoment(new IsoWeek(2027, 1), new DateOnly(2027, 1, 5)));
        Assert.True(calendar.HasMoment(new IsoWeek(2026, 51), new DateOnly(2026, 12, 18)));
    }

    [Fact]
    public void ChoosingEveryTwoWeeks_SecondMemberAgrees_TheDuoAgreed()
    {
        var first = Weekly.ChoosingEveryTwoWeeks("a");
        var both = first.ChoosingEveryTwoWeeks("b");

        Assert.False(first.AgreedEveryTwoWeeks);
        Assert.True(both.AgreedEveryTwoWeeks);
        Assert.Same(both, both.ChoosingEveryTwoWeeks("b"));
        Assert.Same(both, both.ChoosingEveryTwoWeeks("stranger"));
    }

    [Fact]
    public void ChoosingEveryWeek_AfterAgreement_EitherMemberBringsTheDuoBack()
    {
        var agreed = Weekly.ChoosingEveryTwoWeeks("a").ChoosingEveryTwoWeeks("b");

        var back = agreed.ChoosingEveryWeek();

        Assert.False(back.AgreedEveryTwoWeeks);
        Assert.Empty(back.EveryTwoWeeksBy);
        Assert.Same(back, back.ChoosingEveryWeek());
    }
}
