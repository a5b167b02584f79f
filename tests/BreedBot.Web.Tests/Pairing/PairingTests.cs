using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>Owners pair the duos from the channel; each member hears their partner privately; the channel hears counts.</summary>
[Collection(SharedAzurite.Name)]
public sealed partial class PairingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role, string Upn)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner", "alex@noord.example"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user", "ana@noord.example"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user", "bo@noord.example"),
        ("29:1cas", "Cas Smit", "aad-cas", "user", "cas@noord.example"),
        ("29:1dirk", "Dirk Bos", "aad-dirk", "user", "dirk@noord.example"),
    ];

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Upn, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PairDuos_OwnerWithFiveJoined_TellsEachTheirPartnersAndTheChannelOnlyCounts()
    {
        foreach (var person in Roster)
        {
            await JoinAsync(person.Id, person.Aad, person == Roster[1] ? "VeiligThuis" : "Wijkteam");
        }

        var before = host.Connector.Requests.Count;
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.SendQueuedAsync();

        var sent = host.Connector.Requests.Skip(before).Where(r => r.Method == "POST").ToList();
        var channelReply = Assert.Single(sent, r => r.Path.StartsWith($"/v3/conversations/{TestActivities.TeamId}", StringComparison.Ordinal));
        var text = channelReply.Json!["text"]!.GetValue<string>();
        Assert.StartsWith("Gelukt: 2 duo's gevormd (waarvan één trio)", text, StringComparison.Ordinal);
        Assert.All(Roster, p => Assert.DoesNotContain(p.Name.Split(' ')[0], text, StringComparison.Ordinal));
        var announcements = sent.Where(r => r.Json!["attachments"] is not null && r.Json["summary"]!.GetValue<string>() == "BreedBot: je duo").ToList();
        Assert.Equal(5, announcements.Count);
        Assert.All(announcements, a => Assert.DoesNotContain("Jansen", a.Json!["summary"]!.GetValue<string>(), StringComparison.Ordinal));
        var duoRows = (await host.RowsAsync(StorageTables.DuosName)).Where(r => r.RowKey != "state").ToList();
        Assert.Equal(2, duoRows.Count);
        Assert.Equal(5, duoRows.Sum(r => r.GetString("Members")!.Split(',').Length));
    }

    [Fact]
    public async Task PairDuos_NotAnOwner_IsRefusedAndNothingIsStored()
    {
        await JoinAsync(Roster[1].Id, Roster[1].Aad, "Wijkteam");
        await JoinAsync(Roster[2].Id, Roster[2].Aad, "Poh");

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's", fromId: Roster[1].Id, fromAad: Roster[1].Aad));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Json?["text"]?.GetValue<string>()?.Contains("\nAlleen eigenaren", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(10));
        Assert.NotNull(reply);
        Assert.Empty(await host.RowsAsync(StorageTables.DuosName));
    }

    [Fact]
    public async Task PairDuos_OnlyOneJoined_SaysPairingNeedsTwo()
    {
        await JoinAsync(Roster[2].Id, Roster[2].Aad, "Poh");

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));

        await host.Connector.WaitForRequestAsync(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Koppelen lukt pas vanaf twee", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(10));
        Assert.Empty(await host.RowsAsync(StorageTables.DuosName));
    }

    [Fact]
    public async Task MyDuo_AfterPairing_ShowsMyPartnerWithChatLink()
    {
        await JoinAsync(Roster[0].Id, Roster[0].Aad, "Wijkteam");
        await JoinAsync(Roster[1].Id, Roster[1].Aad, "Poh");
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "duo", id: "duo-1"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/duo-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var card = reply.Json!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Ana Jansen", card, StringComparison.Ordinal);
        Assert.Contains("users=ana%40noord.example", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberRemoved_AfterPairing_PartnerToldNeutrallyAndRepairedIntoATrio()
    {
        foreach (var person in Roster.Take(4))
        {
            await JoinAsync(person.Id, person.Aad, "Wijkteam");
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;
        var removal = TestActivities.TeamInstall(host.ServiceUrl);
        removal.Remove("membersAdded");
        removal["channelData"]!["eventType"] = "teamMemberRemoved";
        removal["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = Roster[1].Id, ["aadObjectId"] = Roster[1].Aad });

        await host.PostAsync(removal);
        await host.SendQueuedAsync();

        var sent = host.Connector.Requests.Skip(before).Where(r => r.Method == "POST").ToList();
        var notice = Assert.Single(sent, r => r.Json!["text"]?.GetValue<string>() == "Ana Jansen doet niet meer mee in dit team.");
        Assert.Equal(3, sent.Count(r => r.Json!["summary"]?.GetValue<string>() == "BreedBot: je duo"));
        var duoRows = (await host.RowsAsync(StorageTables.DuosName)).Where(r => r.RowKey != "state").ToList();
        var trio = Assert.Single(duoRows);
        Assert.DoesNotContain(Roster[1].Aad, trio.GetString("Members")!, StringComparison.Ordinal);
        Assert.Equal(3, trio.GetString("Members")!.Split(',').Length);
        Assert.NotNull(notice);
    }

    [Fact]
    public async Task InstallRedelivered_SomeoneGoneFromTheRosterWithoutAnEvent_IsTreatedAsRemoved()
    {
        foreach (var person in Roster.Take(4))
        {
            await JoinAsync(person.Id, person.Aad, "Wijkteam");
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        // Ana's account was deleted: Teams lists her no more and sent no teamMemberRemoved.
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Where(p => p.Aad != "aad-ana").Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Upn, UserRole: p.Role)));
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;

        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, type: "installationUpdate"));
        await host.SendQueuedAsync();

        var sent = host.Connector.Requests.Skip(before).Where(r => r.Method == "POST").ToList();
        Assert.Single(sent, r => r.Json!["text"]?.GetValue<string>() == "Ana Jansen doet niet meer mee in dit team.");
        var ana = Assert.Single(await host.RowsAsync(StorageTables.MembersName), r => r.GetString("MemberKey") == "aad-ana");
        Assert.Equal("Removed", ana.GetString("Status"));
        var duoRows = (await host.RowsAsync(StorageTables.DuosName)).Where(r => r.RowKey != "state").ToList();
        Assert.DoesNotContain(duoRows, r => r.GetString("Members")!.Contains("aad-ana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstallRedelivered_EveryoneStillThere_RemovesNobody()
    {
        foreach (var person in Roster.Take(4))
        {
            await JoinAsync(person.Id, person.Aad, "Wijkteam");
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;

        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, type: "installationUpdate"));
        await host.SendQueuedAsync();

        Assert.DoesNotContain(host.Connector.Requests.Skip(before), r => r.Json?["text"]?.GetValue<string>()?.Contains("doet niet meer mee", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(await host.RowsAsync(StorageTables.MembersName), r => r.GetString("Status") == "Removed");
    }

    [Fact]
    public async Task PairDuos_NotAnOwner_RefusalInPrivateNotInTheChannel()
    {
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's", fromId: Roster[1].Id, fromAad: Roster[1].Aad, id: "pair-no"));

        var note = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/pair-no", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Dat stuur ik je persoonlijk.", note.Json!["text"]!.GetValue<string>());
        Assert.StartsWith("Over Wijkteam Noord:\nAlleen eigenaren van dit team kunnen duo's koppelen.", await host.LastPersonalTextAsync(Roster[1].Aad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotationSource_AfterTheInterval_RepairsByItselfAndPostsTheCount()
    {
        foreach (var person in Roster.Take(4))
        {
            await JoinAsync(person.Id, person.Aad, "Wijkteam");
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.SendQueuedAsync();
        host.Time.Advance(TimeSpan.FromDays(55));
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, await RotationAsync());
        var before = host.Connector.Requests.Count;

        // The scheduler's own loop runs on the host's fake clock: one more day makes the rotation due.
        host.Time.Advance(TimeSpan.FromDays(1));
        var post = await host.SendQueuedUntilAsync(
            r => r.Sequence > before && r.Path == $"/v3/conversations/{TestActivities.TeamId}/activities", TimeSpan.FromSeconds(20));
        await host.SendQueuedAsync();

        Assert.NotNull(post);
        Assert.StartsWith("Gelukt: 2 duo's gevormd", post.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var state = (await host.RowsAsync(StorageTables.DuosName)).Single(r => r.RowKey == "state");
        Assert.Equal(2, state.GetInt32("Rotation"));
        Assert.Equal(4, host.Connector.Requests.Skip(before).Count(r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duo"));
    }

    [Fact]
    public async Task RotationCommand_OwnerSetsNever_SchedulerLeavesTheDuosAlone()
    {
        await JoinAsync(Roster[0].Id, Roster[0].Aad, "Wijkteam");
        await JoinAsync(Roster[1].Id, Roster[1].Aad, "Poh");
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "rotatie nooit", id: "rot-1"));
        host.Time.Advance(TimeSpan.FromDays(400));

        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, await RotationAsync());
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/rot-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.StartsWith("De duo's blijven voortaan zoals ze zijn", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await host.RowsAsync(StorageTables.TeamsName)).Single().GetInt32("RotationWeeks"));
    }

    [Theory]
    [InlineData("rotatie 3", "Hoe vaak wil je de duo's opnieuw koppelen?")]
    [InlineData("rotatie 6", "De duo's worden voortaan elke 6 weken vanzelf opnieuw gekoppeld.")]
    public async Task RotationCommand_OwnerWithOrWithoutAValidInterval_AnsweredInTheThread(string text, string expected)
    {
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, text, fromId: Roster[0].Id, fromAad: Roster[0].Aad, id: "rot-2"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/rot-2", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.StartsWith(expected, reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotationCommand_TeamWithoutBreedBot_AnsweredInWordsAboutTheRotationNotPairing()
    {
        var message = TestActivities.ChannelMessage(host.ServiceUrl, "rotatie 6", id: "rot-elsewhere");
        message["channelData"]!["team"]!["id"] = "19:elders@thread.tacv2";
        await host.PostAsync(message);

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/rot-elsewhere", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var text = reply.Json!["text"]!.GetValue<string>();
        Assert.StartsWith("Hoe vaak de duo's opnieuw gekoppeld worden, stel je in", text, StringComparison.Ordinal);
        Assert.Contains("'@BreedBot rotatie 8'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("koppel duo's", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotationCommand_NotAnOwner_RefusedInPrivateInWordsAboutTheRotation()
    {
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "rotatie 6", fromId: Roster[2].Id, fromAad: Roster[2].Aad, id: "rot-3"));

        var note = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/rot-3", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Dat stuur ik je persoonlijk.", note.Json!["text"]!.GetValue<string>());
        Assert.StartsWith(
            "Over Wijkteam Noord:\nAlleen eigenaren van dit team kunnen instellen hoe vaak de duo's opnieuw gekoppeld worden.", await host.LastPersonalTextAsync(Roster[2].Aad), StringComparison.Ordinal);
        Assert.Equal(8, (await host.RowsAsync(StorageTables.TeamsName)).Single().GetInt32("RotationWeeks"));
    }

    [Theory]
    [InlineData("profiel")]
    [InlineData("duo")]
    [InlineData("stop")]
    public async Task PersonalCommand_InTheChannel_IsNotAnsweredThere(string command)
    {
        await JoinAsync(Roster[0].Id, Roster[0].Aad, "Wijkteam");
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, command));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(host.Connector.Requests.Skip(before));
        Assert.Equal("Dat houden we tussen ons: stuur het me in een persoonlijk bericht.", reply.Json!["text"]!.GetValue<string>());
        Assert.Equal("Joined", (await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad).GetString("Status"));
    }

    private async Task JoinAsync(string userId, string aad, string role)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aad };
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = "join.submit",
            ["teamId"] = TestActivities.TeamId,
            ["role"] = role,
            ["cluster"] = "SociaalWerk",
            ["day"] = "Tuesday",
            ["time"] = "09:30",
        };
        var response = await host.PostAsync(activity);
        Assert.Contains("Je doet mee", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The team's current rotation number, as stored.</summary>
    private async Task<int> RotationAsync() =>
        (await host.RowsAsync(StorageTables.DuosName)).Single(r => r.RowKey == "state").GetInt32("Rotation")!.Value;
}
