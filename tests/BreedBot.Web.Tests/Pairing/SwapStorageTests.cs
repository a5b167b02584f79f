using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// The round trips of "wissel": the person's teams (the message names none), then the team's row, members and whole duo
/// partition side by side, then one transaction — five requests, three in sequence (were sixteen, all in sequence, on a
/// team of four). The notices to whoever's duo changed are queued in the outbox after the reply.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SwapStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role)[] People =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
        ("29:1cas", "Cas Smit", "aad-cas", "user"),
    ];

    private readonly StorageRequests storage = new(StorageRequests.TurnHold);
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" },
            services: services => storage.Register(services, azurite.ConnectionString));
        await new ReminderHarness(host, People).SetUpDuoAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Swap_TeamOfFour_FiveRequestsThreeInSequenceAndTheOthersAreToldAfterTheReply()
    {
        var before = host.Connector.Requests.Count;
        var turn = storage.NewTurn();

        await host.PostTracedAsync(TestActivities.PersonalMessage(host.ServiceUrl, "wissel", id: "swap-path"), turn);
        await host.AfterReplyDoneAsync();
        await host.SendQueuedAsync();

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/swap-path", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.StartsWith("Gedaan: je hebt een nieuwe partner.", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var path = storage.OfTurn(turn);
        Assert.Equal(5, path.Count);
        Assert.Equal(3, StorageRequests.Depth(path));
        Assert.DoesNotContain(path, r => r.IsQueue);
        Assert.Single(path, r => r.IsTransaction);
        // Alex and Ana became Alex and one of Bo and Cas, and Ana the other: all three others changed duo, each is told.
        Assert.Equal(3, host.Connector.Requests.Skip(before).Count(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Je duo is opnieuw ingedeeld", StringComparison.Ordinal) == true));
    }
}
