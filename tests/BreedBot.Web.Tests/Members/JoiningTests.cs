using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Members;

/// <summary>Install → invitations → join, decline, pause, stop; and members coming and going.</summary>
[Collection(SharedAzurite.Name)]
public sealed class JoiningTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AnaAad = "00000000-0000-0000-0000-0000000000a1";
    private const string BoAad = "00000000-0000-0000-0000-0000000000b0";
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember("29:1ana", "Ana Jansen", AnaAad),
            new StandInMember("29:1bo", "Bo de Wit", BoAad),
        ]);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TeamInstall_RosterOfThree_InvitesEachOnceInAPersonalChat()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "conversationUpdate"));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate"));
        await host.SendQueuedAsync();

        var created = host.Connector.Requests.Where(r => r.Method == "POST" && r.Path == "/v3/conversations").ToList();
        Assert.Equal(3, created.Count);
        Assert.Equal(["29:1alex-wilber", "29:1ana", "29:1bo"], created.Select(r => r.Json!["members"]![0]!["id"]!.GetValue<string>()).Order());
        Assert.All(created, r => Assert.Equal(TestActivities.Tenant, r.Json!["tenantId"]!.GetValue<string>()));
        var invitations = host.Connector.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("/v3/conversations/a:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, invitations.Count);
        Assert.All(invitations, r => Assert.Contains("Doe je mee met de duo's van Wijkteam Noord?", Texts(r.Json!), StringComparison.Ordinal));
        Assert.All(invitations, r => Assert.DoesNotContain("Wijkteam Noord", r.Json!["summary"]!.GetValue<string>(), StringComparison.Ordinal));
        // Every invitee, the first one too, can choose any of the two others under "not with".
        Assert.All(invitations, r => Assert.Equal(2, NotWithChoices(r.Json!).Count));
        var members = await host.RowsAsync(StorageTables.MembersName);
        Assert.Equal(3, members.Count);
        Assert.All(members, m => Assert.Equal("Invited", m.GetString("Status")));
    }

    [Fact]
    public async Task JoinSubmit_ValidAnswers_StoresProfileAndConfirms()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        var body = await SubmitAsync("join.submit", TestActivities.TeamId, ("role", "Wijkteam"), ("cluster", "SociaalWerk"), ("day", "Tuesday"), ("time", "09:30"), ("years", "4"), ("notWith", AnaAad));

        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("Je doet mee met Wijkteam Noord", Texts(body["value"]!), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[A-Za-z/]", Texts(body["value"]!));
        var me = (await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad);
        Assert.Equal("Joined", me.GetString("Status"));
        Assert.Equal("Wijkteam", me.GetString("Role"));
        Assert.Equal("09:30", me.GetString("PreferredTime"));
        Assert.Equal(AnaAad, me.GetString("NotWith"));
    }

    [Fact]
    public async Task JoinSubmit_TimeOutOfRange_ReturnsTheCardWithAnswersKeptAndAMessage()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        var body = await SubmitAsync("join.submit", TestActivities.TeamId, ("role", "Poh"), ("cluster", "Arts"), ("day", "Friday"), ("time", "06:15"));

        Assert.Contains("Kies een tijd tussen 07:00 en 19:00.", Texts(body["value"]!), StringComparison.Ordinal);
        Assert.Equal("06:15", InputValue(body["value"]!, "time"));
        Assert.Equal("Poh", InputValue(body["value"]!, "role"));
        Assert.Equal("Friday", InputValue(body["value"]!, "day"));
        Assert.Equal("Invited", (await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad).GetString("Status"));
    }

    [Fact]
    public async Task JoinSubmit_NotWithSomeoneOutsideTheTeam_IsRefusedWithTheCard()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        var body = await SubmitAsync("join.submit", TestActivities.TeamId, ("role", "Poh"), ("cluster", "Arts"), ("day", "Friday"), ("time", "10:00"), ("notWith", "someone-from-another-team"));

        Assert.Contains("alleen collega's uit dit team", Texts(body["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinSubmit_TamperedTeamId_IsRefusedAndStoresNothing()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        var body = await SubmitAsync("join.submit", "19:other-team@thread.tacv2", ("role", "Poh"), ("cluster", "Arts"), ("day", "Friday"), ("time", "10:00"));

        Assert.Equal(403, body["statusCode"]!.GetValue<int>());
        Assert.Equal("NotAMember", body["value"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(await host.RowsAsync(StorageTables.MembersName), m => m.GetString("Status") == "Joined");
    }

    [Fact]
    public async Task JoinDecline_RecordsNotNowKindly()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        var body = await SubmitAsync("join.decline", TestActivities.TeamId);

        Assert.Contains("Oké, niet nu", Texts(body["value"]!), StringComparison.Ordinal);
        Assert.Equal("Declined", (await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad).GetString("Status"));
    }

    [Fact]
    public async Task PauseCommand_WithDate_PausesInEveryTeamAndSaysUntilWhen()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "pauze tot 1-3-2027", id: "pause-1"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/pause-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("1 maart 2027", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var me = (await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), me.GetDateTimeOffset("PausedUntil"));
    }

    [Fact]
    public async Task PauseCommand_WithoutUsableDate_AsksUntilWhen()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "pauze tot volgende week", id: "pause-2"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/pause-2", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.StartsWith("Tot wanneer?", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null((await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad).GetDateTimeOffset("PausedUntil"));
    }

    [Fact]
    public async Task StopCommand_LeavesButKeepsTheRow()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "stop"));

        Assert.Equal("Stopped", (await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad).GetString("Status"));
    }

    [Fact]
    public async Task JoinCommand_NotInAnyTeam_ExplainsKindly()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "doe mee", id: "join-1"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/join-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("uitnodiging", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembersAddedAndRemoved_NewcomerInvitedLeaverMarkedRemoved()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember("29:1ana", "Ana Jansen", AnaAad),
            new StandInMember("29:1bo", "Bo de Wit", BoAad),
            new StandInMember("29:1cas", "Cas", "cas-aad"),
        ]);
        var change = TestActivities.TeamInstall(host.ServiceUrl);
        change["channelData"]!["eventType"] = "teamMemberAdded";
        change["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:1cas", ["aadObjectId"] = "cas-aad", ["name"] = "Cas" });
        await host.PostAsync(change);
        var removal = TestActivities.TeamInstall(host.ServiceUrl);
        removal.Remove("membersAdded");
        removal["channelData"]!["eventType"] = "teamMemberRemoved";
        removal["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:1bo", ["aadObjectId"] = BoAad });
        await host.PostAsync(removal);
        await host.SendQueuedAsync();

        var members = await host.RowsAsync(StorageTables.MembersName);
        Assert.Equal("Invited", members.Single(m => m.RowKey == "cas-aad").GetString("Status"));
        Assert.Equal("Removed", members.Single(m => m.RowKey == BoAad).GetString("Status"));
        Assert.Contains(host.Connector.Requests, r => r.Path == "/v3/conversations" && r.Body.Contains("29:1cas", StringComparison.Ordinal));
    }

    /// <summary>Every string in a card or activity, one per line: what a user could read or what was kept.</summary>
    private static string Texts(JsonNode node) => node switch
    {
        JsonObject obj => string.Join("\n", obj.Select(p => p.Value is null ? "" : Texts(p.Value))),
        JsonArray array => string.Join("\n", array.Select(item => item is null ? "" : Texts(item))),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => "",
    };

    private static List<JsonNode?> NotWithChoices(JsonNode activity) =>
        [.. activity["attachments"]![0]!["content"]!["body"]!.AsArray()
            .Where(e => e?["id"]?.GetValue<string>() == "notWith")
            .SelectMany(e => e!["choices"]!.AsArray())];

    private static string? InputValue(JsonNode node, string id) => node switch
    {
        JsonObject obj when obj["id"]?.GetValue<string>() == id => obj["value"]?.GetValue<string>(),
        JsonObject obj => obj.Select(p => p.Value is null ? null : InputValue(p.Value, id)).FirstOrDefault(v => v is not null),
        JsonArray array => array.Select(item => item is null ? null : InputValue(item, id)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    private async Task<JsonNode> SubmitAsync(string verb, string teamId, params (string Key, string Value)[] inputs)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        var data = new JsonObject { ["verb"] = verb, ["teamId"] = teamId };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
