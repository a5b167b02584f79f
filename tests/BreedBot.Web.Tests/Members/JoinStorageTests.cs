using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Members;

/// <summary>
/// The round trips of the join and profile cards' buttons (joining, changing the profile, not now): the team row, the
/// team's member rows and its row in the organisation pool side by side, then the sender's row written under the ETag
/// just read — four requests, two in sequence.
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
    public async Task Button_Pressed_FourRequestsTwoInSequence(string verb, string expected)
    {
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(Press(verb), turn);

        Assert.Contains(expected, await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        var path = storage.OfTurn(turn);
        Assert.Equal(4, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        Assert.Single(path, r => r.IsPointRead && r.IsFor(StorageTables.PoolTeamsName));
        Assert.Single(path, r => r.Method == "PUT" && r.IsFor(StorageTables.MembersName));
    }

    [Fact]
    public async Task ProfileChange_AfterJoining_FourRequestsTwoInSequenceAndTheNewAnswerIsStored()
    {
        await host.PostAsync(Press("join.submit"));
        var turn = storage.NewTurn();

        await host.PostTracedAsync(Press("join.submit", time: "14:00"), turn);

        var path = storage.OfTurn(turn);
        Assert.Equal(4, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        var me = (await host.RowsAsync(StorageTables.MembersName)).Single(r => r.RowKey == TestActivities.UserAad);
        Assert.Equal(("Joined", "14:00"), (me.GetString("Status"), me.GetString("PreferredTime")));
    }

    private JsonObject Press(string verb, string time = "09:30")
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
        return activity;
    }
}
