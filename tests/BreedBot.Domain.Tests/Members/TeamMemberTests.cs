using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Members;

public sealed class TeamMemberTests
{
    private static readonly DateTimeOffset Invited = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly MemberProfile Profile = new(MemberRole.Wijkteam, Beroepscluster.SociaalWerk, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), 5, []);

    private static TeamMember Member(MembershipStatus status) => new("t", "team", "m", "29:m", "Ana", status, null, null, Invited);

    [Fact]
    public void Join_Invited_TakesPartWithTheAnswersFromNow()
    {
        var joined = Member(MembershipStatus.Invited).Join(Profile, Now);

        Assert.Equal((MembershipStatus.Joined, Profile, Now), (joined.Status, joined.Profile, joined.StatusChangedAt));
    }

    [Fact]
    public void Join_AlreadyJoined_NewAnswersKeepTheMomentOfJoining()
    {
        var changed = Member(MembershipStatus.Joined).Join(Profile, Now);

        Assert.Equal((MembershipStatus.Joined, Profile, Invited), (changed.Status, changed.Profile, changed.StatusChangedAt));
    }

    [Theory]
    [InlineData(MembershipStatus.Declined)]
    [InlineData(MembershipStatus.Stopped)]
    [InlineData(MembershipStatus.Removed)]
    public void StatusChange_NewStatus_SetsItFromNow(MembershipStatus status)
    {
        // "Niet nu" answers an invitation; the other changes end a membership.
        var member = Member(status == MembershipStatus.Declined ? MembershipStatus.Invited : MembershipStatus.Joined);

        var changed = Change(member, status);

        Assert.Equal((status, Now), (changed.Status, changed.StatusChangedAt));
    }

    [Theory]
    [InlineData(MembershipStatus.Declined)]
    [InlineData(MembershipStatus.Stopped)]
    [InlineData(MembershipStatus.Removed)]
    public void StatusChange_Repeated_KeepsTheFirstMoment(MembershipStatus status)
    {
        var member = Member(status);

        Assert.Same(member, Change(member, status));
    }

    [Fact]
    public void Decline_Joined_ChangesNothing()
    {
        // An old invitation's "Niet nu" took a member out of the duos without mending them; leaving is "stop".
        var member = Member(MembershipStatus.Joined) with { Profile = Profile };

        Assert.Same(member, member.Decline(Now));
    }

    [Fact]
    public void EndPause_Paused_TakesPartAgain()
    {
        var paused = Member(MembershipStatus.Joined).PauseUntil(new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 1));

        var resumed = paused.EndPause();

        Assert.Null(resumed.Pause);
        Assert.True(paused.IsPausedOn(new DateOnly(2027, 2, 20)));
        Assert.False(paused.IsPausedOn(new DateOnly(2027, 3, 2)));
    }

    [Fact]
    public void PauseUntil_FromToday_CoversTheDayItself()
    {
        var paused = Member(MembershipStatus.Joined).PauseUntil(new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 1));

        Assert.Equal(new PauseWindow(new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 1)), paused.Pause);
        Assert.Equal(MembershipStatus.Joined, paused.Status);
    }

    private static TeamMember Change(TeamMember member, MembershipStatus status) => status switch
    {
        MembershipStatus.Declined => member.Decline(Now),
        MembershipStatus.Stopped => member.Stop(Now),
        _ => member.Remove(Now),
    };
}
