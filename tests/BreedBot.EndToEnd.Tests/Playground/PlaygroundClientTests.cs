using BreedBot.Testing;

namespace BreedBot.EndToEnd.Tests.Playground;

/// <summary>The Playground fixtures against a tiny bot: proves the plumbing without BreedBot's handlers.</summary>
public sealed class PlaygroundClientTests(EchoBotWithPlayground stack) : IClassFixture<EchoBotWithPlayground>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private PlaygroundClient Client => stack.Client;

    [Fact]
    public async Task GetTestConfigAsync_Started_DescribesMockTenant()
    {
        var config = await Client.GetTestConfigAsync();

        Assert.Equal("user-id-0", config.CurrentUser.Id);
        Assert.False(string.IsNullOrEmpty(config.PersonalChat.Id));
        Assert.Contains(config.Teams, t => t.Id == "team-id" && t.Channels.Any(c => c.Id == "team-id"));
    }

    [Fact]
    public async Task SendMessageAsync_PersonalChat_BotReplyArrivesOnWebSocket()
    {
        var config = await Client.GetTestConfigAsync();
        var seen = Client.ReceivedCount;

        await Client.SendMessageAsync(config.PersonalChat.Id, "ping");

        var reply = await Client.WaitForMessageAsync(m => m.IsIn(config.PersonalChat.Id) && m.Text == "echo: ping", Timeout, seen);
        Assert.Equal(config.Bot.Id, reply.FromId);
        Assert.False(reply.HasAdaptiveCard);
    }

    [Fact]
    public async Task SendMessageAsync_ChannelWithMention_BotHearsIt()
    {
        var seen = Client.ReceivedCount;

        await Client.SendMessageAsync("team-id", "kanaal", mentionBot: true);

        var reply = await Client.WaitForMessageAsync(m => m.IsIn("team-id") && (m.Text ?? "").Contains("kanaal", StringComparison.Ordinal), Timeout, seen);
        Assert.StartsWith("echo: ", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAsync_Team_BotCardArrivesInTeamChannel()
    {
        var seen = Client.ReceivedCount;

        await Client.InstallAsync("team-id");

        var card = await Client.WaitForMessageAsync(m => m.IsIn("team-id") && m.CardContains(EchoBot.GreetingTitle), Timeout, seen);
        Assert.True(card.HasAdaptiveCard);
        Assert.Contains("installationUpdate", stack.Bot.ReceivedTypes);
    }

    [Fact]
    public async Task SubmitAsync_CardButton_BotReceivesValue()
    {
        var config = await Client.GetTestConfigAsync();
        var card = await SendCardToPersonalChatAsync(config);
        var seen = Client.ReceivedCount;

        await Client.SubmitAsync(config.PersonalChat.Id, card.MessageId, new { verb = "echo.ok" });

        var reply = await Client.WaitForMessageAsync(m => m.Text == "submitted: echo.ok", Timeout, seen);
        Assert.Equal(config.PersonalChat.Id, reply.ConversationId);
    }

    [Fact]
    public async Task ExecuteActionAsync_CardButton_ReturnsBotsReplacementCard()
    {
        var config = await Client.GetTestConfigAsync();
        var card = await SendCardToPersonalChatAsync(config);

        var response = await Client.ExecuteActionAsync(config.PersonalChat.Id, card.MessageId, "echo.update", new { n = 1 });

        Assert.Equal("application/vnd.microsoft.card.adaptive", response.GetProperty("type").GetString());
        Assert.Contains(EchoBot.UpdatedTitle, response.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("invoke", stack.Bot.ReceivedTypes);
    }

    [Fact]
    public async Task WaitForMessageAsync_NothingMatches_TimesOutListingWhatArrived()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => Client.WaitForMessageAsync(_ => false, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("No matching bot message", error.Message, StringComparison.Ordinal);
    }

    // The echo bot greets an installation with a card; installing in the personal chat gives one to click.
    private async Task<PlaygroundMessage> SendCardToPersonalChatAsync(PlaygroundTestConfig config)
    {
        var seen = Client.ReceivedCount;
        await Client.InstallAsync(config.PersonalChat.Id);
        return await Client.WaitForMessageAsync(m => m.IsIn(config.PersonalChat.Id) && m.HasAdaptiveCard, Timeout, seen);
    }
}
