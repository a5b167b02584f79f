using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Tests.Hosting;

[Collection(SharedAzurite.Name)]
public sealed class PersonalChatTests(AzuriteFixture azurite) : IAsyncLifetime
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

    [Fact]
    public async Task PostAsync_UnknownText_RepliesWithKindPointerToHelp()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "wat kun jij eigenlijk?"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Method == "POST", Bounded);
        Assert.Equal(TurnTexts.For(UserLanguage.Dutch).UnknownCommand, reply.Json!["text"]!.GetValue<string>());
        Assert.Null(reply.Json["attachments"]);
    }

    [Fact]
    public async Task PostAsync_PersonalInstall_StoresChatAndWelcomesOnce()
    {
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        var duplicate = TestActivities.PersonalInstall(host.ServiceUrl);
        duplicate["type"] = "conversationUpdate";
        duplicate.Remove("action");
        duplicate["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = TestActivities.BotId });
        await host.PostAsync(duplicate);

        var rows = await host.RowsAsync(StorageTables.UserConversationsName);
        var row = Assert.Single(rows);
        Assert.Equal(TestActivities.Tenant, row.PartitionKey);
        Assert.Equal(TestActivities.UserAad, row.RowKey);
        Assert.Equal(TestActivities.PersonalConversation, row.GetString("ConversationId"));
        var welcome = Assert.Single(host.Connector.Requests);
        Assert.Equal($"/v3/conversations/{TestActivities.PersonalConversation}/activities", welcome.Path);
        Assert.Contains("Alex", welcome.Json!["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_PersonalUninstall_MarksChatUninstalled()
    {
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        var remove = TestActivities.PersonalInstall(host.ServiceUrl);
        remove["action"] = "remove";

        var response = await host.PostAsync(remove);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Uninstalled", Assert.Single(await host.RowsAsync(StorageTables.UserConversationsName)).GetString("Status"));
    }
}
