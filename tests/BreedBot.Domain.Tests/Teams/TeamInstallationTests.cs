using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Tests.Teams;

public class TeamInstallationTests
{
    private static readonly ConversationAddress Channel = new("https://smba.example/", "19:general@thread.tacv2", "28:bot");

    [Fact]
    public void NeedsWelcome_InstalledWithoutWelcome_IsTrue()
    {
        var team = Team(InstallationStatus.Installed, welcomePostedAt: null);
        Assert.True(team.NeedsWelcome);
    }

    [Fact]
    public void NeedsWelcome_WelcomeAlreadyPosted_IsFalse()
    {
        var team = Team(InstallationStatus.Installed, welcomePostedAt: DateTimeOffset.UnixEpoch);
        Assert.False(team.NeedsWelcome);
    }

    [Fact]
    public void NeedsWelcome_Uninstalled_IsFalse()
    {
        var team = Team(InstallationStatus.Uninstalled, welcomePostedAt: null);
        Assert.False(team.NeedsWelcome);
    }

    private static TeamInstallation Team(InstallationStatus status, DateTimeOffset? welcomePostedAt) =>
        new("tenant", "19:team@thread.tacv2", "Wijkteam Noord", null, Channel, status, DateTimeOffset.UnixEpoch, welcomePostedAt);
}
