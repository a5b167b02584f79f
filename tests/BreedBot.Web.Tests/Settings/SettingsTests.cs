using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Settings;

/// <summary>
/// "@BreedBot instellingen": owners change the team's settings on a card, checked against the
/// roster and validated on every press; each change is recorded and visible to owners.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SettingsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
    ];

    private static readonly (string Id, string Name, string Aad, string Role) Owner = Roster[0];
    private static readonly (string Id, string Name, string Aad, string Role) Ana = Roster[1];
    private static readonly (string Id, string Name, string Aad, string Role) Bo = Roster[2];

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
    public async Task Instellingen_Owner_GetsTheCardInPrivateWithTheMembersAndNoChangeList()
    {
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "instellingen", id: "set-1"));

        var note = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/set-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Dat stuur ik je persoonlijk.", note.Json!["text"]!.GetValue<string>());
        Assert.Null(note.Json["attachments"]);
        var reply = (await host.PersonalMessagesAsync(Owner.Aad)).Last();
        Assert.Equal("BreedBot: teaminstellingen", reply.Json!["summary"]!.GetValue<string>());
        var card = reply.Json["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Bo de Wit", card, StringComparison.Ordinal);
        Assert.Contains("settings.save", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Recente wijzigingen", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instellingen_NotAnOwner_KindExplanationInPrivateAndNoCard()
    {
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "instellingen", fromId: Ana.Id, fromAad: Ana.Aad, id: "set-2"));

        var note = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/set-2", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Dat stuur ik je persoonlijk.", note.Json!["text"]!.GetValue<string>());
        var reply = (await host.PersonalMessagesAsync(Ana.Aad)).Last();
        Assert.StartsWith("Over Wijkteam Noord:\nAlleen eigenaren van dit team kunnen de instellingen van BreedBot aanpassen.", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(reply.Json["attachments"]);
        Assert.DoesNotContain(host.Connector.Requests, r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: teaminstellingen");
    }

    [Fact]
    public async Task Save_Owner_StoresEveryFieldAndOwnersSeeTheChanges()
    {
        var card = await PressAsync(Owner, "settings.save", Form(day: "Thursday", time: "10:30", zone: "Europe/Brussels", rotation: "6", mix: "false", retention: "120"));

        Assert.Contains("Opgeslagen.", card, StringComparison.Ordinal);
        var team = (await host.RowsAsync(StorageTables.TeamsName)).Single();
        Assert.Equal(("Thursday", "10:30", "Europe/Brussels", 6, false, 120, false),
            (team.GetString("SummaryDay"), team.GetString("SummaryTime"), team.GetString("TimeZoneId"), team.GetInt32("RotationWeeks"), team.GetBoolean("MixRoles"), team.GetInt32("RetentionDays"), team.GetBoolean("Paused")));
        var audit = await host.RowsAsync(StorageTables.SettingsAuditName);
        Assert.Equal(6, audit.Count);
        Assert.All(audit, row => Assert.Equal(TestActivities.UserAad, row.GetString("ActorKey")));
        Assert.Contains(audit, row => row.GetString("Field") == "RetentionDays" && row.GetString("OldValue") == "" && row.GetString("NewValue") == "120");

        var changes = await PressAsync(Owner, "settings.changes", new JsonObject());
        Assert.Contains("15-02-2027 10:00 · Alex Wilber: opnieuw koppelen elke 8 weken (standaard) → elke 6 weken", changes, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber: bewaartermijn standaard (90 dagen) → 120 dagen", changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAndChanges_NotAnOwner_ChangeNothingAndShowNoChanges()
    {
        await PressAsync(Owner, "settings.save", Form(rotation: "10"));

        var card = await PressAsync(Ana, "settings.save", Form(paused: "true", rotation: "4"));
        var changes = await PressAsync(Ana, "settings.changes", new JsonObject());

        Assert.Contains("Alleen eigenaren van dit team", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Recente wijzigingen", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Wilber:", changes, StringComparison.Ordinal);
        var team = (await host.RowsAsync(StorageTables.TeamsName)).Single();
        Assert.Equal((10, false), (team.GetInt32("RotationWeeks"), team.GetBoolean("Paused")));
        Assert.Single(await host.RowsAsync(StorageTables.SettingsAuditName));
    }

    [Theory]
    [InlineData("retentionDays", "9999", "Kies een bewaartermijn binnen de grenzen die erbij staan.")]
    [InlineData("timeZone", "Asia/Tokyo", "Kies een tijdzone uit de lijst.")]
    [InlineData("aandachtsfunctionaris", "aad-stranger", "Kies als aandachtsfunctionaris iemand uit dit team, of niemand.")]
    [InlineData("rotation", "2", "Kies elke 4 tot 26 weken, of nooit.")]
    [InlineData("summaryDay", "Sunday", "Kies een werkdag voor het weekoverzicht.")]
    [InlineData("paused", "ja", "Zet 'pauzeren' aan of uit.")]
    public async Task Save_TamperedValue_CardBackWithAKindWordAndNothingStored(string field, string value, string expected)
    {
        var form = Form(rotation: "12", paused: "true");
        form[field] = value;

        var card = await PressAsync(Owner, "settings.save", form);

        Assert.Contains("Er is niets opgeslagen", card, StringComparison.Ordinal);
        Assert.Contains(expected, card, StringComparison.Ordinal);
        var team = (await host.RowsAsync(StorageTables.TeamsName)).Single();
        Assert.Equal((8, false), (team.GetInt32("RotationWeeks"), team.GetBoolean("Paused")));
        Assert.Empty(await host.RowsAsync(StorageTables.SettingsAuditName));
    }

    [Fact]
    public async Task Aandachtsfunctionaris_Chosen_IsToldOnceAndCanDecline()
    {
        var before = host.Connector.Requests.Count;
        await PressAsync(Owner, "settings.save", Form(af: Bo.Aad));
        await PressAsync(Owner, "settings.save", Form(af: Bo.Aad, rotation: "9"));

        var told = host.Connector.Requests.Skip(before).Where(r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: een rol in je team").ToList();
        var message = Assert.Single(told);
        Assert.Contains("vraag nu om overleg", message.Json!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestActivities.TeamId, message.Path, StringComparison.Ordinal);

        var mark = host.Connector.Requests.Count;
        var declined = await DeclineAsync(Bo);

        Assert.Contains("Je hebt de rol niet aangenomen", declined, StringComparison.Ordinal);
        Assert.Null((await host.RowsAsync(StorageTables.TeamsName)).Single().GetString("AandachtsfunctionarisKey"));
        var post = Assert.Single(host.Connector.Requests.Skip(mark), r => r.Path == $"/v3/conversations/{TestActivities.TeamId}/activities");
        var text = post.Json!["text"]!.GetValue<string>();
        Assert.StartsWith("De gekozen aandachtsfunctionaris neemt de rol niet aan.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Bo.Name, text, StringComparison.Ordinal);
        Assert.Contains(await host.RowsAsync(StorageTables.SettingsAuditName),
            row => row.GetString("ActorKey") == Bo.Aad && row.GetString("Field") == "Aandachtsfunctionaris" && row.GetString("NewValue") == "");
    }

    [Fact]
    public async Task Aandachtsfunctionaris_ChosenWhoInstalledInEnglish_IsToldInEnglish()
    {
        var chat = await host.Services.GetRequiredService<BreedBot.Storage.Users.UserConversationStore>().GetAsync(TestActivities.Tenant, Bo.Aad, CancellationToken.None);
        var install = TestActivities.PersonalInstall(host.ServiceUrl, locale: "en-US");
        install["from"] = new JsonObject { ["id"] = Bo.Id, ["name"] = Bo.Name, ["aadObjectId"] = Bo.Aad };
        install["conversation"]!["id"] = chat!.Chat.ConversationId;
        await host.PostAsync(install);
        var before = host.Connector.Requests.Count;

        await PressAsync(Owner, "settings.save", Form(af: Bo.Aad));

        var told = Assert.Single(host.Connector.Requests.Skip(before), r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: a role in your team");
        Assert.Contains("You are the aandachtsfunctionaris of Wijkteam Noord in BreedBot", told.Json!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aandachtsfunctionaris_ChosenWhoBlockedBreedBot_SettingSavedAndStatusCountsTheBlockedCard()
    {
        host.Connector.BlockUser(Bo.Id);

        var card = await PressAsync(Owner, "settings.save", Form(af: Bo.Aad));

        Assert.Contains("Opgeslagen.", card, StringComparison.Ordinal);
        Assert.Equal(Bo.Aad, (await host.RowsAsync(StorageTables.TeamsName)).Single().GetString("AandachtsfunctionarisKey"));
        var record = Assert.Single(await host.RowsAsync(StorageTables.DeliveriesName), r => r.GetString("Kind") == "role-card");
        Assert.Equal("BlockedByUser", record.GetString("Outcome"));
        var status = await host.AskStatusAsync("st-af");
        Assert.Contains("Andere berichten: 0 van 1 bericht bezorgd; 1 niet: BreedBot is geblokkeerd (1).", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_SomeoneElse_SaysTheyDoNotHaveTheRoleAndChangesNothing()
    {
        await PressAsync(Owner, "settings.save", Form(af: Bo.Aad));
        var mark = host.Connector.Requests.Count;

        var answer = await DeclineAsync(Ana);

        Assert.Contains("Je hebt deze rol niet", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("niet aangenomen", answer, StringComparison.Ordinal);
        Assert.Equal(Bo.Aad, (await host.RowsAsync(StorageTables.TeamsName)).Single().GetString("AandachtsfunctionarisKey"));
        Assert.DoesNotContain(host.Connector.Requests.Skip(mark), r => r.Path == $"/v3/conversations/{TestActivities.TeamId}/activities");
    }

    [Fact]
    public async Task Pause_Owner_NoRotationNoSummaryAndDataKept()
    {
        await JoinAsync(Owner);
        await JoinAsync(Ana);
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));

        var card = await PressAsync(Owner, "settings.save", Form(paused: "true"));
        host.Time.Advance(TimeSpan.FromDays(57));

        Assert.Contains("Opgeslagen.", card, StringComparison.Ordinal);
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, (await host.RowsAsync(StorageTables.DuosName)).Single(r => r.RowKey == "state").GetInt32("Rotation"));
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "overzicht", id: "sum-p"));
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-p", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.StartsWith("BreedBot staat gepauzeerd voor dit team", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await host.RowsAsync(StorageTables.DuosName), r => r.RowKey != "state");

        await PressAsync(Owner, "settings.save", Form(paused: "false"));
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(CancellationToken.None);
        Assert.Equal(2, (await host.RowsAsync(StorageTables.DuosName)).Single(r => r.RowKey == "state").GetInt32("Rotation"));
    }

    [Fact]
    public async Task DeleteMyData_OwnerWhoChangedSettings_AuditKeepsTheChangeWithoutThePerson()
    {
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await PressAsync(Owner, "settings.save", Form(rotation: "6"));

        var confirm = TestActivities.CardAction(host.ServiceUrl, "mydata.delete");
        confirm["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "mydata.delete" };
        await host.PostAsync(confirm);

        var row = Assert.Single(await host.RowsAsync(StorageTables.SettingsAuditName));
        Assert.Equal(("~erased", "Rotation", "8", "6"), (row.GetString("ActorKey"), row.GetString("Field"), row.GetString("OldValue"), row.GetString("NewValue")));
        var changes = await PressAsync(Owner, "settings.changes", new JsonObject());
        Assert.Contains("iemand wiens gegevens zijn verwijderd: opnieuw koppelen", changes, StringComparison.Ordinal);
    }

    private static JsonObject Form(
        string day = "Friday", string time = "15:00", string zone = "Europe/Amsterdam", string rotation = "8",
        string af = "none", string mix = "true", string retention = "90", string paused = "false") => new()
    {
        ["summaryDay"] = day,
        ["summaryTime"] = time,
        ["timeZone"] = zone,
        ["rotation"] = rotation,
        ["aandachtsfunctionaris"] = af,
        ["mixRoles"] = mix,
        ["retentionDays"] = retention,
        ["paused"] = paused,
    };

    /// <summary>A press on the settings card in the channel thread, as Teams sends it; returns the invoke response body.</summary>
    /// <summary>A press on the settings card where it now arrives: the person's personal chat (the card names its team).</summary>
    private async Task<string> PressAsync((string Id, string Name, string Aad, string Role) person, string verb, JsonObject data)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        activity["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name, ["aadObjectId"] = person.Aad };
        activity["conversation"] = new JsonObject { ["id"] = "a:personal-" + person.Id, ["conversationType"] = "personal", ["tenantId"] = TestActivities.Tenant };
        data["verb"] = verb;
        data["teamId"] = TestActivities.TeamId;
        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        // As the send workers would: what the press queued for others is sent before anyone looks.
        await host.SendQueuedAsync();
        return await ReadableAsync(response);
    }

    /// <summary>The invoke response with its text unescaped, so assertions read as the user would.</summary>
    private static async Task<string> ReadableAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task Decline_InEnglishWithoutTheRole_SaysSoInEnglish()
    {
        await PressAsync(Owner, "settings.save", Form(af: Bo.Aad));

        var answer = await DeclineAsync(Ana, "en-US");

        Assert.Contains("You don't have this role", answer, StringComparison.Ordinal);
        Assert.Contains("nothing to decline", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_Twice_TheSecondSaysTheRoleIsNoLongerTheirs()
    {
        await PressAsync(Owner, "settings.save", Form(af: Bo.Aad));

        Assert.Contains("Je hebt de rol niet aangenomen", await DeclineAsync(Bo), StringComparison.Ordinal);
        Assert.Contains("Je hebt deze rol niet", await DeclineAsync(Bo), StringComparison.Ordinal);
        Assert.Single(await host.RowsAsync(StorageTables.SettingsAuditName), row => row.GetString("ActorKey") == Bo.Aad);
    }

    private async Task<string> DeclineAsync((string Id, string Name, string Aad, string Role) person, string locale = "nl-NL")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "settings.af.decline", locale);
        activity["from"] = new JsonObject { ["id"] = person.Id, ["aadObjectId"] = person.Aad };
        activity["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "settings.af.decline", ["teamId"] = TestActivities.TeamId };
        var response = await host.PostAsync(activity);
        await host.SendQueuedAsync();
        return await ReadableAsync(response);
    }

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
        await host.PostAsync(activity);
    }
}
