using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Installation;

[Collection(SharedAzurite.Name)]
public sealed class PersonalInstallTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);
    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await host.DisposeAsync();

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
