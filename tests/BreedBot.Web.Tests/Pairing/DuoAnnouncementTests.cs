using System.Text.Json.Nodes;
using BreedBot.Domain.Outbound;
using BreedBot.Storage;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Pairing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// Duo cards and duo notices go through the outbox: each reaches its member once however often the turn or job
/// that produced it runs, and a member who blocked BreedBot is a counted delivery, not a broken turn.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class DuoAnnouncementTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string DuoSummary = "BreedBot: je duo";

    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
        ("29:1cas", "Cas Smit", "aad-cas", "user"),
    ];

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PairDuos_AMemberBlockedBreedBot_OwnerStillAnsweredAndStatusCountsTheBlockedCard()
    {
        await JoinAsync(Roster[0]);
        await JoinAsync(Roster[1]);
        host.Connector.BlockUser(Roster[1].Id);

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's", id: "pair-1"));
        await host.SendQueuedAsync();

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/pair-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.StartsWith("Gelukt: 1 duo's gevormd", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var records = await RecordsAsync(MessageKinds.DuoAnnouncement);
        Assert.Equal(DeliveryOutcome.BlockedByUser, Assert.Single(records, r => r.RecipientKey == "aad-ana").Outcome);
        Assert.Equal(DeliveryOutcome.Sent, Assert.Single(records, r => r.RecipientKey == TestActivities.UserAad).Outcome);
        Assert.Contains("Duo-aankondigingen: 1 van 2 berichten bezorgd; 1 niet: BreedBot is geblokkeerd (1).", await StatusAsync("st-1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameDuoAnnouncedAgain_LikeARetriedTurn_EachMemberHasOneCard()
    {
        foreach (var person in Roster)
        {
            await JoinAsync(person);
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.SendQueuedAsync();
        Assert.Equal(4, CardsSent());

        // What a retried turn does after the pairing was stored: announce the same duos again.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var team = (await scope.ServiceProvider.GetRequiredService<TeamStore>().GetAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None))!;
            var rotation = (await scope.ServiceProvider.GetRequiredService<DuoStore>().GetCurrentAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None))!;
            var everyone = await scope.ServiceProvider.GetRequiredService<MemberStore>().ListTeamAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None);
            var announcer = scope.ServiceProvider.GetRequiredService<DuoAnnouncer>();
            foreach (var duo in rotation.Duos)
            {
                await announcer.SendAsync([.. duo.Members.Select(key => DuoAnnouncer.Card(team, DuoAnnouncer.Paired(rotation.Rotation, duo), duo, everyone.Single(m => m.MemberKey == key), everyone, BreedBot.Web.Localization.UserLanguage.Dutch))], CancellationToken.None);
            }
        }

        Assert.Equal(4, await host.SendQueuedAsync());

        Assert.Equal(4, CardsSent());
        Assert.Equal(4, (await RecordsAsync(MessageKinds.DuoAnnouncement)).Count);
    }

    [Fact]
    public async Task MemberRemovedEventDeliveredTwice_PartnerToldOnceAndGetsOneNewCard()
    {
        foreach (var person in Roster)
        {
            await JoinAsync(person);
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;
        var removal = TestActivities.TeamInstall(host.ServiceUrl);
        removal.Remove("membersAdded");
        removal["channelData"]!["eventType"] = "teamMemberRemoved";
        removal["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = Roster[1].Id, ["aadObjectId"] = Roster[1].Aad });

        await host.PostAsync(removal);
        await host.PostAsync(removal.DeepClone());
        await host.SendQueuedAsync();

        var sent = host.Connector.Requests.Skip(before).Where(r => r.Method == "POST").ToList();
        Assert.Single(sent, r => r.Json!["text"]?.GetValue<string>() == "Ana Jansen doet niet meer mee in dit team.");
        Assert.Equal(3, sent.Count(r => r.Json!["summary"]?.GetValue<string>() == DuoSummary));
    }

    [Fact]
    public async Task RotationSource_TwoInstancesRunAtOnce_OneChannelPostAndOneCardPerMember()
    {
        foreach (var person in Roster)
        {
            await JoinAsync(person);
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;
        await using var second = BotHost.StartSecondInstance(host);

        // Both instances' scheduler loops run on the shared fake clock: two passes at once, both finding the team due.
        host.Time.Advance(TimeSpan.FromDays(56));
        var channelPost = await host.SendQueuedUntilAsync(
            r => r.Sequence > before && r.Path == $"/v3/conversations/{TestActivities.TeamId}/activities", TimeSpan.FromSeconds(20));
        await host.SendQueuedAsync();
        await second.SendQueuedAsync();

        Assert.NotNull(channelPost);
        var sent = host.Connector.Requests.Skip(before).Where(r => r.Method == "POST").ToList();
        var post = Assert.Single(sent, r => r.Path == $"/v3/conversations/{TestActivities.TeamId}/activities");
        Assert.StartsWith("Gelukt: 2 duo's gevormd", post.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(4, sent.Count(r => r.Json!["summary"]?.GetValue<string>() == DuoSummary));
        Assert.Equal(2, (await host.RowsAsync(StorageTables.DuosName)).Single(r => r.RowKey == "state").GetInt32("Rotation"));
    }

    [Fact]
    public async Task RotationSource_DueButTooFewToPair_PostsNothingHourAfterHour()
    {
        await JoinAsync(Roster[0]);
        await JoinAsync(Roster[1]);
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "stop", id: "stop-1"));
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;
        var scheduler = host.Services.GetRequiredService<SchedulerJob>();

        host.Time.Advance(TimeSpan.FromDays(56));
        await scheduler.RunOnceAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(1));
        await scheduler.RunOnceAsync(CancellationToken.None);
        await host.SendQueuedAsync();

        // Only Ana is left to pair: no rotation is stored, and the channel is not told so every hour.
        Assert.Equal(1, (await host.RowsAsync(StorageTables.DuosName)).Single(r => r.RowKey == "state").GetInt32("Rotation"));
        Assert.DoesNotContain(host.Connector.Requests.Skip(before), r => r.Path == $"/v3/conversations/{TestActivities.TeamId}/activities");
    }

    private int CardsSent() => host.Connector.Requests.Count(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == DuoSummary);

    private async Task<List<DeliveryRecord>> RecordsAsync(string kind)
    {
        var week = await host.Services.GetRequiredService<BreedBot.Storage.Outbound.DeliveryStore>().ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", CancellationToken.None);
        return [.. week.Where(r => r.Kind == kind)];
    }

    private Task<string> StatusAsync(string id) => host.AskStatusAsync(id);

    private async Task JoinAsync((string Id, string Name, string Aad, string Role) person)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
        activity["from"] = new JsonObject { ["id"] = person.Id, ["aadObjectId"] = person.Aad };
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = "join.submit",
            ["teamId"] = TestActivities.TeamId,
            ["role"] = "Wijkteam",
            ["cluster"] = "SociaalWerk",
            ["day"] = "Tuesday",
            ["time"] = "09:30",
        };
        var response = await host.PostAsync(activity);
        Assert.Contains("Je doet mee", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
