using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.Tests.Scheduling;

public class ZoneChoiceTests
{
    [Fact]
    public void For_MemberZoneKnown_WinsOverTheTeams()
    {
        Assert.Equal("Europe/London", ZoneChoice.For("Europe/London", "America/New_York").Id);
    }

    [Fact]
    public void For_NoMemberZone_IsTheTeams()
    {
        Assert.Equal("America/New_York", ZoneChoice.For(null, "America/New_York").Id);
    }

    [Fact]
    public void For_UnknownIds_FallBackToAmsterdam()
    {
        Assert.Equal("Europe/Amsterdam", ZoneChoice.For("Mars/Olympus_Mons", " ").Id);
    }

    [Fact]
    public void For_UnknownMemberZone_UsesTheTeams()
    {
        Assert.Equal("Europe/London", ZoneChoice.For("not a zone", "Europe/London").Id);
    }
}
