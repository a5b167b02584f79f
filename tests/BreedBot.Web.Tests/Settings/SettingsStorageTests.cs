using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Storage.Settings;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Settings;

/// <summary>
/// The round trips of saving the settings card: the team's row and its members side by side, then one write of the
/// settings with the record of what changed — three requests, two in sequence. The record reaches the SettingsAudit
/// table after the reply; until it does, it is on the team's row, so a failure after the owner was told "saved" loses
/// nothing.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SettingsStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageRequests storage = new(StorageRequests.TurnHold);
    private readonly StalledTable audit = new(StorageTables.SettingsAuditName);
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, services: services => storage.Register(services, azurite.ConnectionString, audit));
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember("29:1ana", "Ana Jansen", "aad-ana", UserRole: "user"),
        ]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync()
    {
        audit.Release();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Save_Owner_ThreeRequestsTwoInSequence()
    {
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(Save(rotation: "6", retention: "120"), turn);

        Assert.Contains("Opgeslagen.", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        var path = storage.OfTurn(turn);
        Assert.Equal(3, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        Assert.Single(path, r => r.Method == "PUT" && r.IsFor(StorageTables.TeamsName));
        Assert.DoesNotContain(path, r => r.IsFor(StorageTables.SettingsAuditName));
    }

    [Fact]
    public async Task Save_AuditTableStalled_AnsweredAtOnceAndTheRecordWaitsOnTheTeamRowUntilItIsCopied()
    {
        audit.Stall();

        var (response, _) = await host.PostTracedAsync(Save(rotation: "10")).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains("elke 8 weken (standaard) → elke 10 weken", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        var team = Assert.Single(await host.RowsAsync(StorageTables.TeamsName));
        Assert.Equal(10, team.GetInt32("RotationWeeks"));
        Assert.Contains("\"N\":\"10\"", team.GetString("PendingAudit"), StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.SettingsAuditName));

        audit.Release();
        await host.AfterReplyDoneAsync();

        var row = Assert.Single(await host.RowsAsync(StorageTables.SettingsAuditName));
        Assert.Equal(("Rotation", "10", TestActivities.UserAad), (row.GetString("Field"), row.GetString("NewValue"), row.GetString("ActorKey")));
        Assert.Null(Assert.Single(await host.RowsAsync(StorageTables.TeamsName)).GetString("PendingAudit"));
    }

    [Fact]
    public async Task FlushPending_RecordLeftOnTheTeamRowByAnInstanceThatStopped_CopiedOnceByAnother()
    {
        audit.Stall();
        await host.PostTracedAsync(Save(rotation: "12"));
        // Another instance (a fresh store, nothing in memory) finds the record on the team's row.
        var other = new SettingsAuditStore(new StorageTables(
            new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString),
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = host.TablePrefix })));

        Assert.Equal(1, await other.FlushPendingAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None));
        audit.Release();
        await host.AfterReplyDoneAsync();

        Assert.Single(await host.RowsAsync(StorageTables.SettingsAuditName));
        Assert.Equal(0, await other.FlushPendingAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None));
    }

    private JsonObject Save(string rotation = "8", string retention = "90")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "settings.save");
        activity["from"] = new JsonObject { ["id"] = TestActivities.UserId, ["name"] = "Alex Wilber", ["aadObjectId"] = TestActivities.UserAad };
        activity["conversation"] = new JsonObject { ["id"] = TestActivities.TeamId + ";messageid=set-card", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TestActivities.Tenant };
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TestActivities.Tenant },
            ["team"] = new JsonObject { ["id"] = TestActivities.TeamId, ["name"] = "Wijkteam Noord" },
            ["channel"] = new JsonObject { ["id"] = TestActivities.TeamId },
        };
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = "settings.save", ["teamId"] = TestActivities.TeamId,
            ["summaryDay"] = "Friday", ["summaryTime"] = "15:00", ["timeZone"] = "Europe/Amsterdam", ["rotation"] = rotation,
            ["aandachtsfunctionaris"] = "none", ["mixRoles"] = "true", ["retentionDays"] = retention, ["paused"] = "false",
        };
        return activity;
    }
}
