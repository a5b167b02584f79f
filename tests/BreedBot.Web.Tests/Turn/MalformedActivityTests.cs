using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Turn;

/// <summary>
/// An authenticated activity that cannot be handled (no conversation, an empty conversation id, no sender) is answered
/// 400 with its reason in the log — never 503, which would ask Teams to deliver the same broken activity again.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class MalformedActivityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CapturedLogs logs = new();
    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString, logs: logs);

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static TheoryData<string, string, string> Cases { get; } = new()
    {
        { "message", "no conversation", "NoConversation" },
        { "message", "empty conversation id", "NoConversationId" },
        { "message", "no from", "NoSender" },
        { "invoke", "no from", "NoSender" },
        { "invoke", "no conversation", "NoConversation" },
        { "conversationUpdate", "empty conversation id", "NoConversationId" },
        { "installationUpdate", "no conversation", "NoConversation" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PostAsync_MalformedActivity_Returns400WithTheReasonLoggedAndDoesNothing(string type, string defect, string reason)
    {
        var activity = Activity(type);
        switch (defect)
        {
            case "no conversation":
                activity.Remove("conversation");
                break;
            case "empty conversation id":
                activity["conversation"]!["id"] = "";
                break;
            default:
                activity.Remove("from");
                break;
        }

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(logs.Records, r => r.Contains("malformed", StringComparison.OrdinalIgnoreCase) && r.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(await host.RowsAsync(StorageTables.TeamsName));
    }

    [Fact]
    public async Task PostAsync_UnknownTypeWithoutConversation_StillAccepted()
    {
        var activity = TestActivities.PersonalMessage(host.ServiceUrl, "help");
        activity["type"] = "someFutureType";
        activity.Remove("conversation");

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    private JsonObject Activity(string type) => type switch
    {
        "message" => TestActivities.PersonalMessage(host.ServiceUrl, "help"),
        "invoke" => TestActivities.CardAction(host.ServiceUrl, "help.show"),
        "installationUpdate" => TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate"),
        _ => TestActivities.TeamInstall(host.ServiceUrl),
    };
}
