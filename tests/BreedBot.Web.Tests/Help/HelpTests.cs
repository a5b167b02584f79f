using System.Net;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Help;

[Collection(SharedAzurite.Name)]
public sealed class HelpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);

    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("help")]
    [InlineData("Hulp")]
    [InlineData("?")]
    public async Task PostAsync_HelpWord_RepliesWithDutchHelpCardToThatMessage(string word)
    {
        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, word, id: "msg-help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await host.Connector.WaitForRequestAsync(r => r.Method == "POST", Bounded);
        Assert.Equal($"/v3/conversations/{TestActivities.PersonalConversation}/activities/msg-help", reply.Path);
        var attachment = reply.Json!["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Contains("Wat BreedBot voor je doet", attachment["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(reply.Json["summary"]?.GetValue<string>()));
        Assert.Equal(TestActivities.BotId, reply.Json["from"]!["id"]!.GetValue<string>());
        Assert.Null(reply.Authorization);
    }

    [Fact]
    public async Task PostAsync_HelpWithEnglishLocale_RepliesInEnglish()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help", locale: "en-US"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Method == "POST", Bounded);
        Assert.Contains("What BreedBot does for you", reply.Json!["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
