using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Members;

/// <summary>
/// The round trips of the join and profile cards' buttons (joining, changing the profile, not now): the team row (which
/// says whether the team is in the organisation pool) and the team's member rows side by side, then the sender's row
/// written under the ETag just read — three requests, two in sequence. A team row from before it carried the pool's
/// flag asks the PoolTeams table once, and gets the flag after the reply.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class JoinStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageRequests storage = new(StorageRequests.TurnHold);
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, services: services => storage.Register(services, azurite.ConnectionString));
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember("29:1ana", "Ana Jansen", "aad-ana"),
        ]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("join.submit", "Je doet mee met Wijkteam Noord")]
    [InlineData("join.decline", "Oké, niet nu")]
    [InlineData("profile.save", "BreedBot laat je weten wie je duopartner is")]
    public async Task Button_Pressed_ThreeRequestsTwoInSequence(string verb, string expected)
    {
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(Press(verb), turn);

        Assert.Contains(expected, await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        var path = storage.OfTurn(turn);
        Assert.Equal(3, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        Assert.DoesNotContain(path, r => r.IsFor(StorageTables.PoolTeamsName));
        Assert.Single(path, r => r.IsPointRead && r.IsFor(StorageTables.TeamsName));
        Assert.Single(path, r => r.Method == "PUT" && r.IsFor(StorageTables.MembersName));
    }

    [Fact]
    public async Task ProfileChange_AfterJoining_ThreeRequestsTwoInSequenceAndTheNewAnswerIsStored()
    {
        await host.PostAsync(Press("join.submit"));
        var turn = storage.NewTurn();

        await host.PostTracedAsync(Press("join.submit", time: "14:00"), turn);

        var path = storage.OfTurn(turn);
        Assert.Equal(3, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        var me = (await host.RowsAsync(StorageTables.MembersName)).Single(r => r.RowKey == TestActivities.UserAad);
        Assert.Equal(("Joined", "14:00"), (me.GetString("Status"), me.GetString("PreferredTime")));
    }

    [Fact]
    public async Task Join_InAPooledTeam_ThreeRequestsAndTheAnswerKnowsThePool()
    {
        await host.PostAsync(OwnerPress("settings.pool.join"));
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(Press("join.submit", pool: "true"), turn);

        Assert.Contains("krijg je ook een duopartner buiten je team", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        Assert.Equal(3, storage.OfTurn(turn).Count);
    }

    [Fact]
    public async Task Join_TeamRowFromBeforeThePoolFlag_AsksThePoolOnceAndTheRowGetsTheFlag()
    {
        await host.PostAsync(OwnerPress("settings.pool.join"));
        var teams = host.Table(StorageTables.TeamsName);
        var row = (await teams.GetEntityAsync<TableEntity>(TestActivities.Tenant, TestActivities.TeamId)).Value;
        Assert.True(row.GetBoolean("Pooled"));
        row.Remove("Pooled");
        await teams.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        var (first, second) = (storage.NewTurn(), storage.NewTurn());

        var (response, _) = await host.PostTracedAsync(Press("join.submit", pool: "true"), first);
        await host.AfterReplyDoneAsync();
        await host.PostTracedAsync(Press("join.submit", pool: "true"), second);

        Assert.Contains("krijg je ook een duopartner buiten je team", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        Assert.Single(storage.OfTurn(first), r => r.IsPointRead && r.IsFor(StorageTables.PoolTeamsName));
        Assert.True((await teams.GetEntityAsync<TableEntity>(TestActivities.Tenant, TestActivities.TeamId)).Value.GetBoolean("Pooled"));
        Assert.Equal(3, storage.OfTurn(second).Count);
    }

    private JsonObject OwnerPress(string verb)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        activity["value"]!["action"]!["data"] = new JsonObject { ["verb"] = verb, ["teamId"] = TestActivities.TeamId };
        return activity;
    }

    private JsonObject Press(string verb, string time = "09:30", string? pool = null)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = verb,
            ["teamId"] = TestActivities.TeamId,
            ["role"] = "Wijkteam",
            ["cluster"] = "SociaalWerk",
            ["day"] = "Tuesday",
            ["time"] = time,
        };
        if (pool is not null)
        {
            activity["value"]!["action"]!["data"]!["pool"] = pool;
        }

        return activity;
    }
}
