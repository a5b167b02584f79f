using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Members;

public class PauseRequestTests
{
    private static readonly DateOnly Today = new(2027, 2, 15);

    [Theory]
    [InlineData("12-03-2027", 2027, 3, 12)]
    [InlineData("12/3/2027", 2027, 3, 12)]
    [InlineData("2027-03-12", 2027, 3, 12)]
    [InlineData("12-3", 2027, 3, 12)]
    [InlineData("1-2", 2028, 2, 1)]
    public void TryParseUntil_KnownFormats_ReturnTheDate(string text, int year, int month, int day)
    {
        Assert.True(PauseRequest.TryParseUntil(text, Today, out var until));
        Assert.Equal(new DateOnly(year, month, day), until);
    }

    [Theory]
    [InlineData("")]
    [InlineData("volgende week")]
    [InlineData("15-02-2027")]
    [InlineData("01-01-2020")]
    [InlineData("16-02-2028")]
    [InlineData("31-02-2027")]
    public void TryParseUntil_PastUnclearOrTooFar_IsRefused(string text)
    {
        Assert.False(PauseRequest.TryParseUntil(text, Today, out _));
    }

    [Fact]
    public void TeamMember_PausedOnTheDate_IsNotAvailable()
    {
        var member = new TeamMember("t", "team", "me", "29:me", "Me", MembershipStatus.Joined,
            new MemberProfile(MemberRole.Poh, Beroepscluster.Arts, new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 0)), null, []),
            new PauseWindow(Today, Today.AddDays(7)), DateTimeOffset.UnixEpoch);

        Assert.False(member.IsAvailableOn(Today.AddDays(7)));
        Assert.True(member.IsAvailableOn(Today.AddDays(8)));
    }
}
