using BreedBot.EndToEnd.Tests.Fixtures;

namespace BreedBot.EndToEnd.Tests;

[Collection(SharedAzurite.Name)]
public sealed class TeamInstallTests(BreedBotWithPlayground stack) : IClassFixture<BreedBotWithPlayground>
{
    private const string TeamId = "team-id";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task InstallAsync_InTeam_BotPostsWelcomeCardInChannel()
    {
        var seen = stack.Client.ReceivedCount;

        await stack.Client.InstallAsync(TeamId);

        var card = await stack.Client.WaitForMessageAsync(
            m => m.IsIn(TeamId) && ExpectedTitles.Welcome.Any(m.CardContains), Timeout, seen);
        Assert.Equal(stack.Config.Bot.Id, card.FromId);
    }
}
