using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Members;

public class ProfileValidatorTests
{
    private static readonly HashSet<string> Team = ["me", "ana", "bo", "cas", "dirk"];
    private static readonly ProfileAnswers Valid = new("Wijkteam", "SociaalWerk", "Tuesday", "09:30", "4", "ana,bo");

    [Fact]
    public void Validate_CompleteAnswers_ReturnsProfile()
    {
        var result = ProfileValidator.Validate(Valid, "me", Team);

        Assert.True(result.IsValid);
        Assert.Equal(MemberRole.Wijkteam, result.Profile!.Role);
        Assert.Equal(Beroepscluster.SociaalWerk, result.Profile.Cluster);
        Assert.Equal(new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), result.Profile.PreferredMoment);
        Assert.Equal(4, result.Profile.YearsOfExperience);
        Assert.Equal(["ana", "bo"], result.Profile.NotWith);
    }

    [Fact]
    public void Validate_OptionalFieldsEmpty_ReturnsProfileWithout()
    {
        var result = ProfileValidator.Validate(Valid with { Years = "", NotWith = null }, "me", Team);

        Assert.Null(result.Profile!.YearsOfExperience);
        Assert.Empty(result.Profile.NotWith);
    }

    [Theory]
    [InlineData(null, ProfileProblem.RoleMissing)]
    [InlineData("Astronaut", ProfileProblem.RoleMissing)]
    [InlineData("3", ProfileProblem.RoleMissing)]
    public void Validate_RoleUnknownOrTampered_IsRefused(string? role, ProfileProblem expected)
    {
        Assert.Equal([expected], ProfileValidator.Validate(Valid with { Role = role }, "me", Team).Problems);
    }

    [Theory]
    [InlineData("Saturday", ProfileProblem.DayMissing)]
    [InlineData("Funday", ProfileProblem.DayMissing)]
    [InlineData("", ProfileProblem.DayMissing)]
    public void Validate_DayNotAWorkingDay_IsRefused(string day, ProfileProblem expected)
    {
        Assert.Equal([expected], ProfileValidator.Validate(Valid with { Day = day }, "me", Team).Problems);
    }

    [Theory]
    [InlineData("06:59", ProfileProblem.TimeOutOfRange)]
    [InlineData("19:01", ProfileProblem.TimeOutOfRange)]
    [InlineData("25:00", ProfileProblem.TimeMissing)]
    [InlineData("half tien", ProfileProblem.TimeMissing)]
    public void Validate_TimeOutsideTheWorkingDay_IsRefused(string time, ProfileProblem expected)
    {
        Assert.Equal([expected], ProfileValidator.Validate(Valid with { Time = time }, "me", Team).Problems);
    }

    [Theory]
    [InlineData("07:00")]
    [InlineData("19:00")]
    public void Validate_TimeAtTheEdges_IsAccepted(string time)
    {
        Assert.True(ProfileValidator.Validate(Valid with { Time = time }, "me", Team).IsValid);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("61")]
    [InlineData("veel")]
    public void Validate_YearsOutOfRange_IsRefused(string years)
    {
        Assert.Equal([ProfileProblem.YearsInvalid], ProfileValidator.Validate(Valid with { Years = years }, "me", Team).Problems);
    }

    [Fact]
    public void Validate_MoreThanThreeNotWith_IsRefused()
    {
        var result = ProfileValidator.Validate(Valid with { NotWith = "ana,bo,cas,dirk" }, "me", Team);

        Assert.Equal([ProfileProblem.NotWithTooMany], result.Problems);
    }

    [Theory]
    [InlineData("stranger")]
    [InlineData("me")]
    public void Validate_NotWithSomeoneOutsideTheTeamOrSelf_IsRefused(string key)
    {
        Assert.Equal([ProfileProblem.NotWithNotInTeam], ProfileValidator.Validate(Valid with { NotWith = key }, "me", Team).Problems);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var result = ProfileValidator.Validate(new ProfileAnswers(null, null, null, null, null, null), "me", Team);

        Assert.Equal([ProfileProblem.RoleMissing, ProfileProblem.ClusterMissing, ProfileProblem.DayMissing, ProfileProblem.TimeMissing], result.Problems);
    }
}
