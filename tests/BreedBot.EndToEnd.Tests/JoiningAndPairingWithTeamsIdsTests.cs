using BreedBot.EndToEnd.Tests.Fixtures;

namespace BreedBot.EndToEnd.Tests;

/// <summary>Joining and pairing with Teams-shaped ids ("29:…", "a:…", "19:…@thread.tacv2"), which must survive URLs and table keys.</summary>
[Collection(SharedAzurite.Name)]
public sealed class JoiningAndPairingWithTeamsIdsTests(BreedBotInstalledInTeamWithTeamsIds stack)
    : JoiningAndPairingScenarios(stack), IClassFixture<BreedBotInstalledInTeamWithTeamsIds>
{
    [Fact]
    public void GetTestConfigAsync_TeamsIdsConfig_PlaygroundUsesIt()
    {
        Assert.StartsWith("29:", stack.Config.CurrentUser.Id, StringComparison.Ordinal);
        Assert.StartsWith("a:", stack.Config.PersonalChat.Id, StringComparison.Ordinal);
        Assert.EndsWith("@thread.tacv2", stack.TeamId, StringComparison.Ordinal);
        Assert.Equal(5, stack.Config.Users.Count);
    }
}
