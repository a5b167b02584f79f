using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// The round trips of "wissel", asked first and then pressed. The typed command: the person's teams (the message names
/// none), then the team's row and its duo partition side by side — three requests, two in sequence. "Ja, wissel": the
/// card names the team, so the team's members and its duo partition side by side, then one transaction — three
/// requests, two in sequence (the one command was five, three in sequence; sixteen, all in sequence, before that). The
/// notices to whoever's duo changed are queued in the outbox after the reply.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SwapStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageRequests storage = new(StorageRequests.TurnHold);
    private BotHost host = null!;
    private SwapHarness swap = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" },
            services: services => storage.Register(services, azurite.ConnectionString));
        swap = new SwapHarness(host);
        await swap.SetUpAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Wissel_Typed_ThreeRequestsTwoInSequence()
    {
        var turn = storage.NewTurn();

        await host.PostTracedAsync(TestActivities.PersonalMessage(host.ServiceUrl, "wissel", id: "swap-ask"), turn);

        var question = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/swap-ask", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("BreedBot: een andere duopartner?", question.Json!["summary"]!.GetValue<string>());
        var path = storage.OfTurn(turn);
        Assert.Equal(3, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        Assert.Single(path, r => r.IsFor(StorageTables.MembershipsName));
        Assert.Single(path, r => r.IsPointRead && r.IsFor(StorageTables.TeamsName));
        Assert.Single(path, r => r.Method == "GET" && r.IsFor(StorageTables.DuosName));
    }

    [Fact]
    public async Task YesSwap_TeamOfFour_ThreeRequestsTwoInSequenceAndTheOthersAreToldAfterTheReply()
    {
        var question = Assert.Single(await swap.TypeAsync("swap-path"));
        var before = host.Connector.Requests.Count;
        var turn = storage.NewTurn();

        var (response, _) = await host.PostTracedAsync(swap.Press(SwapHarness.ButtonData(question)), turn);
        await host.AfterReplyDoneAsync();
        await host.SendQueuedAsync();

        Assert.Contains("Gedaan: je hebt een nieuwe partner.", await ReminderHarness.ReadableAsync(response), StringComparison.Ordinal);
        var path = storage.OfTurn(turn);
        Assert.Equal(3, path.Count);
        Assert.Equal(2, StorageRequests.Depth(path));
        Assert.DoesNotContain(path, r => r.IsQueue || r.IsFor(StorageTables.TeamsName));
        Assert.Single(path, r => r.Method == "GET" && r.IsFor(StorageTables.MembersName));
        Assert.Single(path, r => r.IsTransaction);
        // Alex and his partner became Alex and one of the other duo: all three others changed duo, each is told.
        Assert.Equal(3, host.Connector.Requests.Skip(before).Count(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Je duo is opnieuw ingedeeld", StringComparison.Ordinal) == true));
    }
}
