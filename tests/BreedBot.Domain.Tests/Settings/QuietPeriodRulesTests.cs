using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Tests.Settings;

public sealed class QuietPeriodRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly QuietPeriod Christmas = new("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3));

    [Fact]
    public void Add_ValidPeriod_IsAddedInDateOrder()
    {
        var result = QuietPeriodRules.Add("  voorjaarsvakantie ", "2027-02-13", "2027-02-21", Today, [Christmas]);

        Assert.Empty(result.Problems);
        Assert.Equal(new QuietPeriod("voorjaarsvakantie", new DateOnly(2027, 2, 13), new DateOnly(2027, 2, 21)), result.Added);
        Assert.Equal(["kerstvakantie", "voorjaarsvakantie"], result.Periods.Select(p => p.Label));
    }

    [Theory]
    [InlineData("", "2027-02-13", "2027-02-21", QuietPeriodProblem.LabelMissing)]
    [InlineData("een heel erg lange naam voor een rustige week in februari", "2027-02-13", "2027-02-21", QuietPeriodProblem.LabelTooLong)]
    [InlineData("vakantie van Jan de Vries", "2027-02-13", "2027-02-21", QuietPeriodProblem.LabelIdentifies)]
    [InlineData("bel 0612345678", "2027-02-13", "2027-02-21", QuietPeriodProblem.LabelIdentifies)]
    [InlineData("studiedag", "13-2-2027", "2027-02-21", QuietPeriodProblem.Dates)]
    [InlineData("studiedag", "2027-02-21", "2027-02-13", QuietPeriodProblem.EndBeforeStart)]
    [InlineData("studiedag", "2026-11-01", "2026-11-30", QuietPeriodProblem.InThePast)]
    [InlineData("zomer", "2027-07-01", "2027-08-31", QuietPeriodProblem.TooLong)]
    [InlineData("studiedag", "2028-01-10", "2028-01-10", QuietPeriodProblem.TooFarAhead)]
    [InlineData("oud en nieuw", "2026-12-31", "2027-01-01", QuietPeriodProblem.Overlaps)]
    public void Add_BadInput_IsRefusedWithItsReasonAndNothingChanges(string label, string from, string to, QuietPeriodProblem expected)
    {
        var result = QuietPeriodRules.Add(label, from, to, Today, [Christmas]);

        Assert.Null(result.Added);
        Assert.Contains(expected, result.Problems);
        Assert.Equal([Christmas], result.Periods);
    }

    [Fact]
    public void Add_TodayAsTheLastDay_IsStillAccepted()
    {
        Assert.Empty(QuietPeriodRules.Add("studiedag", "2026-11-30", "2026-12-01", Today, []).Problems);
    }

    [Fact]
    public void Add_TwelveAhead_TheThirteenthIsRefused()
    {
        var twelve = Enumerable.Range(0, QuietPeriodRules.MostPeriods).Select(i => new QuietPeriod("w", Today.AddDays(7 * i), Today.AddDays((7 * i) + 1))).ToList();

        Assert.Equal([QuietPeriodProblem.TooMany], QuietPeriodRules.Add("studiedag", "2027-06-01", "2027-06-01", Today, twelve).Problems);
    }

    [Fact]
    public void Add_PeriodsLongOver_AreDroppedFromTheList()
    {
        var old = new QuietPeriod("herfstvakantie", new DateOnly(2026, 10, 17), new DateOnly(2026, 10, 25));
        var recent = new QuietPeriod("studiedag", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20));

        var result = QuietPeriodRules.Add("voorjaarsvakantie", "2027-02-13", "2027-02-21", Today, [old, recent]);

        Assert.Equal(["studiedag", "voorjaarsvakantie"], result.Periods.Select(p => p.Label));
    }
}
