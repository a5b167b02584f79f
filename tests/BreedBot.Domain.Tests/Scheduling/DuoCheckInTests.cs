using BreedBot.Domain.Scheduling;
using Courage = BreedBot.Domain.Courage;

namespace BreedBot.Domain.Tests.Scheduling;

public sealed class DuoCheckInTests
{
    [Theory]
    [InlineData(DuoActivity.CaseDiscussed, Courage.DuoActivity.CasusBesproken)]
    [InlineData(DuoActivity.LookedBack, Courage.DuoActivity.Teruggekeken)]
    [InlineData(DuoActivity.SharedKnowledge, Courage.DuoActivity.KennisGedeeld)]
    [InlineData(DuoActivity.Other, Courage.DuoActivity.Anders)]
    public void Activity_EachAnswer_TheSummarysNameForIt(DuoActivity what, Courage.DuoActivity expected) =>
        Assert.Equal(expected, new DuoCheckIn(what, null, DateTimeOffset.UnixEpoch).Activity);

    [Fact]
    public void Activity_EveryAnswer_MapsToADistinctSummaryName() =>
        Assert.Equal(Enum.GetValues<DuoActivity>().Length, Enum.GetValues<DuoActivity>().Select(w => new DuoCheckIn(w, null, DateTimeOffset.UnixEpoch).Activity).Distinct().Count());
}
