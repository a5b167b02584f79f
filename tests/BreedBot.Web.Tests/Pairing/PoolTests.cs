using System.Text.Json.Nodes;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Storage.Members;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Localization;
using BreedBot.Web.Summaries;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// The organisation pool end to end: owners let two small teams join, members choose "ook een duopartner buiten mijn
/// team", the pool's rotation pairs them across the teams, both get the duo card and the reminder, and a check-in
/// counts in both teams' weeks with each team's own people only.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class PoolTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string South = "19:huisartsen-zuid@thread.tacv2";

    private static readonly (string Id, string Name, string Aad, string Role) Alex = (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner");
    private static readonly (string Id, string Name, string Aad, string Role) Ana = ("29:1ana", "Ana Jansen", "aad-ana", "user");
    private static readonly (string Id, string Name, string Aad, string Role) Bo = ("29:1bo", "Bo de Wit", "aad-bo", "user");
    private static readonly (string Id, string Name, string Aad, string Role) Zoe = ("29:1zoe", "Zoë Bakker", "aad-zoe", "owner");
    private static readonly (string Id, string Name, string Aad, string Role) Piet = ("29:1piet", "Piet Smit", "aad-piet", "user");

    private BotHost host = null!;
    private ReminderHarness reminders = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        reminders = new ReminderHarness(host);
        host.Connector.SetRoster(TestActivities.TeamId, new[] { Alex, Ana, Bo }.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@example.org", UserRole: p.Role)));
        host.Connector.SetRoster(South, new[] { Zoe, Piet }.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@example.org", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(SouthInstall());
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PoolCard_Owner_JoinsAndLeaves_EachRecordedInTheSettingsAudit()
    {
        var shown = await PressAsync(Alex, "settings.pool", TestActivities.TeamId);
        var joined = await PressAsync(Alex, "settings.pool.join", TestActivities.TeamId);
        var rows = await host.RowsAsync(StorageTables.PoolTeamsName);
        var again = await PressAsync(Alex, "settings.pool.join", TestActivities.TeamId);
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var left = await PressAsync(Alex, "settings.pool.leave", TestActivities.TeamId);

        Assert.Contains("Dit team doet niet mee met de organisatiepool.", shown, StringComparison.Ordinal);
        Assert.Contains("settings.pool.join", shown, StringComparison.Ordinal);
        Assert.Contains("Gedaan: dit team doet mee met de pool.", joined, StringComparison.Ordinal);
        Assert.Contains("settings.pool.leave", joined, StringComparison.Ordinal);
        Assert.Equal((TestActivities.Tenant, TestActivities.TeamId), (Assert.Single(rows).PartitionKey, rows[0].RowKey));
        Assert.Contains("Er is niets veranderd.", again, StringComparison.Ordinal);
        Assert.Contains("Gedaan: dit team doet niet meer mee met de pool.", left, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.PoolTeamsName));
        var audit = await host.RowsAsync(StorageTables.SettingsAuditName);
        Assert.Equal(["false→true", "true→false"], audit.Select(r => r.GetString("OldValue") + "→" + r.GetString("NewValue")).Order(StringComparer.Ordinal));
        Assert.All(audit, r => Assert.Equal(("OrganisationPool", TestActivities.UserAad), (r.GetString("Field"), r.GetString("ActorKey"))));
    }

    [Fact]
    public async Task PoolJoin_NotAnOwner_KindWordAndNothingChanges()
    {
        var answer = await PressAsync(Ana, "settings.pool.join", TestActivities.TeamId);

        Assert.Contains("Alleen eigenaren van dit team kunnen het laten meedoen met de organisatiepool", answer, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.PoolTeamsName));
        Assert.Empty(await host.RowsAsync(StorageTables.SettingsAuditName));
    }

    [Fact]
    public async Task PoolJoin_OwnerOfAnotherTenantWithThisTeamsId_GetsNothing()
    {
        var forged = Press(Alex, "settings.pool.join", TestActivities.TeamId);
        forged["conversation"]!["tenantId"] = "other-tenant";
        forged["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "other-tenant" } };

        var answer = await ReminderHarness.ReadableAsync(await host.PostAsync(forged));

        Assert.DoesNotContain("organisatiepool", answer, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.PoolTeamsName));
    }

    [Fact]
    public async Task JoinCard_OnlyInAPooledTeam_OffersTheChoice_WhichJoinStoresAndTurnsOffAgain()
    {
        var before = await CommandCardAsync(Ana, "doe mee", "join-1");
        await PressAsync(Alex, "settings.pool.join", TestActivities.TeamId);
        var after = await CommandCardAsync(Ana, "doe mee", "join-2");

        var on = await JoinAsync(Ana, TestActivities.TeamId, pool: "true");
        var stored = await MemberAsync(Ana, TestActivities.TeamId);
        var off = await JoinAsync(Ana, TestActivities.TeamId, pool: "false");

        Assert.Null(ReminderHarness.InputValue(JsonNode.Parse(before)!, "pool"));
        Assert.Equal("false", ReminderHarness.InputValue(JsonNode.Parse(after)!, "pool"));
        Assert.Contains("Ook een duopartner buiten mijn team", after, StringComparison.Ordinal);
        Assert.True(stored);
        Assert.Contains("krijg je ook een duopartner buiten je team", on, StringComparison.Ordinal);
        Assert.Contains("Geen duopartner buiten je team", off, StringComparison.Ordinal);
        Assert.False(await MemberAsync(Ana, TestActivities.TeamId));
    }

    [Fact]
    public async Task ProfileCard_OnlyInAPooledTeam_ShowsTheChoiceAndTheToggle()
    {
        await JoinAsync(Ana, TestActivities.TeamId, pool: null);
        var overviewBefore = await CommandCardAsync(Ana, "profiel", "prof-1");
        var formBefore = JsonNode.Parse(await PressAsync(Ana, "profile.edit", TestActivities.TeamId))!;
        await PressAsync(Alex, "settings.pool.join", TestActivities.TeamId);
        var overviewAfter = await CommandCardAsync(Ana, "profiel", "prof-2");
        var formAfter = JsonNode.Parse(await PressAsync(Ana, "profile.edit", TestActivities.TeamId))!;

        Assert.DoesNotContain("Partner buiten mijn team", overviewBefore, StringComparison.Ordinal);
        Assert.Null(ReminderHarness.InputValue(formBefore, "pool"));
        Assert.DoesNotContain("Ook een duopartner buiten mijn team", formBefore.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Partner buiten mijn team", overviewAfter, StringComparison.Ordinal);
        Assert.Null(ReminderHarness.InputValue(JsonNode.Parse(overviewAfter)!, "pool"));
        Assert.Equal("false", ReminderHarness.InputValue(formAfter, "pool"));
    }

    [Fact]
    public async Task ProfileSave_PoolToggle_TurnsTheChoiceOnAndOff_AndACardWithoutItLeavesItAlone()
    {
        await PressAsync(Alex, "settings.pool.join", TestActivities.TeamId);
        await JoinAsync(Ana, TestActivities.TeamId, pool: null);

        var on = await SaveProfileAsync(Ana, pool: "true");
        var storedOn = await MemberAsync(Ana, TestActivities.TeamId);
        var without = await SaveProfileAsync(Ana, pool: null);
        var storedAfterWithout = await MemberAsync(Ana, TestActivities.TeamId);
        var form = JsonNode.Parse(await PressAsync(Ana, "profile.edit", TestActivities.TeamId))!;
        var off = await SaveProfileAsync(Ana, pool: "false");
        var storedOff = await MemberAsync(Ana, TestActivities.TeamId);
        var unchanged = await SaveProfileAsync(Ana, pool: "false");

        Assert.True(storedOn);
        Assert.Contains("Opgeslagen. Bij de volgende koppeling van de organisatiepool krijg je ook een duopartner buiten je team", on, StringComparison.Ordinal);
        Assert.Contains("ja, via de organisatiepool", on, StringComparison.Ordinal);
        Assert.True(storedAfterWithout);
        Assert.DoesNotContain("duopartner buiten je team", without, StringComparison.Ordinal);
        Assert.Equal("true", ReminderHarness.InputValue(form, "pool"));
        Assert.False(storedOff);
        Assert.Contains("Opgeslagen. Geen duopartner buiten je team", off, StringComparison.Ordinal);
        Assert.DoesNotContain("duopartner buiten je team", unchanged, StringComparison.Ordinal);
        Assert.Contains("Opgeslagen.", unchanged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoolRotation_TwoPooledTeams_PairsAcrossThemAndBothGetTheDuoCardAndTheReminder()
    {
        await PoolBothAsync();

        await reminders.AtAsync(host.Time.GetUtcNow().AddMinutes(1));

        var anaCard = await CardOfAsync(Ana.Aad, "BreedBot: je duo");
        var pietCard = await CardOfAsync(Piet.Aad, "BreedBot: je duo");
        Assert.Contains("Piet Smit (Huisartsen Zuid)", anaCard, StringComparison.Ordinal);
        Assert.Contains("Ana Jansen (Wijkteam Noord)", pietCard, StringComparison.Ordinal);
        Assert.Contains("Via de organisatiepool", anaCard, StringComparison.Ordinal);
        Assert.Null(await CardOfAsync(Bo.Aad, "BreedBot: je duo"));
        var pool = (await host.RowsAsync(StorageTables.DuosName)).Where(r => r.PartitionKey.EndsWith("|" + OrganisationPool.ScopeId, StringComparison.Ordinal)).ToList();
        Assert.Equal(1, pool.Single(r => r.RowKey == "state").GetInt32("Rotation"));

        await reminders.AtAsync(ReminderHarness.Moment.AddMinutes(1));

        Assert.Contains("Piet Smit (organisatiepool)", await CardOfAsync(Ana.Aad, ReminderHarness.ReminderSummary), StringComparison.Ordinal);
        Assert.Contains("Ana Jansen (organisatiepool)", await CardOfAsync(Piet.Aad, ReminderHarness.ReminderSummary), StringComparison.Ordinal);

        await host.PostAsync(TestActivities.PersonalMessageFrom(host.ServiceUrl, "duomoment", "moment-1", Piet.Id, Piet.Aad, "Europe/Amsterdam"));
        var moment = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/moment-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("Ana Jansen (organisatiepool)", ReminderHarness.CardText(moment), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoolDuoCardAndReminder_MemberKnownInEnglish_TheirsInEnglishTheOthersInDutch()
    {
        await PressAsync(Alex, "settings.pool.join", TestActivities.TeamId);
        await PressAsync(Zoe, "settings.pool.join", South);
        await JoinAsync(Ana, TestActivities.TeamId, pool: "true");
        await JoinAsync(Piet, South, pool: "true", locale: "en-US");

        await reminders.AtAsync(host.Time.GetUtcNow().AddMinutes(1));
        await reminders.AtAsync(ReminderHarness.Moment.AddMinutes(1));

        Assert.Contains("Ana Jansen (Wijkteam Noord)", await CardOfAsync(Piet.Aad, "BreedBot: your duo"), StringComparison.Ordinal);
        Assert.Null(await CardOfAsync(Piet.Aad, "BreedBot: je duo"));
        Assert.Contains("Ana Jansen (organisatiepool)", await CardOfAsync(Piet.Aad, "BreedBot: your duo moment"), StringComparison.Ordinal);
        Assert.Null(await CardOfAsync(Piet.Aad, ReminderHarness.ReminderSummary));
        Assert.Contains("Piet Smit (Huisartsen Zuid)", await CardOfAsync(Ana.Aad, "BreedBot: je duo"), StringComparison.Ordinal);
        Assert.Contains("Piet Smit (organisatiepool)", await CardOfAsync(Ana.Aad, ReminderHarness.ReminderSummary), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoolCheckIn_CountsInBothTeamsWeeks_WithEachTeamsOwnPeopleOnly()
    {
        await PoolBothAsync();
        await reminders.AtAsync(host.Time.GetUtcNow().AddMinutes(1));
        await reminders.AtAsync(ReminderHarness.Moment.AddMinutes(1));

        var answer = await reminders.AnswerAsync(Ana, "duo.checkin", await ReminderDataOfAsync(Ana.Aad), ("what", "CaseDiscussed"), ("usefulness", "4"));

        Assert.Contains("casus besproken", answer, StringComparison.Ordinal);
        var week = IsoWeek.Of(ReminderHarness.Moment, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var north = await FactsAsync(TestActivities.TeamId, week);
        var south = await FactsAsync(South, week);
        var pool = await FactsAsync(OrganisationPool.ScopeId, week);
        Assert.Equal((1, 1, 1), (north.Facts.OfType<DuoMomentHeld>().Count(), north.Facts.OfType<DuoMomentPlanned>().Count(), north.Participants));
        Assert.Equal((1, 1, 1), (south.Facts.OfType<DuoMomentHeld>().Count(), south.Facts.OfType<DuoMomentPlanned>().Count(), south.Participants));
        Assert.Equal(0, pool.Participants);
    }

    [Fact]
    public async Task Summary_PoolMomentCountsOnlyWhereTheTeamsOwnPeopleReachThree()
    {
        await PoolBothAsync();
        await reminders.AtAsync(host.Time.GetUtcNow().AddMinutes(1));
        await reminders.AtAsync(ReminderHarness.Moment.AddMinutes(1));
        var week = IsoWeek.Of(ReminderHarness.Moment, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        // Noord's own duo met too: with Ana's pool moment, three of Noord's own people took part.
        await host.Services.GetRequiredService<TeamWeekFactStore>().RecordAsync(
            TestActivities.Tenant, TestActivities.TeamId, week, [new DuoMomentPlanned("team-duo/planned"), new DuoMomentHeld("team-duo/held", [Domain.DuoWeeks.DuoActivity.LookedBack], 5)], [Alex.Aad, Bo.Aad], CancellationToken.None);

        await reminders.AnswerAsync(Ana, "duo.checkin", await ReminderDataOfAsync(Ana.Aad), ("what", "CaseDiscussed"), ("usefulness", "4"));

        var north = await SummaryAsync(TestActivities.TeamId, week);
        var south = await SummaryAsync(South, week);
        // The summary tells its figures in sentences, in words.
        Assert.Contains("Duopartners spraken elkaar deze week twee keer.", north, StringComparison.Ordinal);
        Assert.Contains("Drie collega's deden mee.", north, StringComparison.Ordinal);
        Assert.DoesNotContain("spraken elkaar", south, StringComparison.Ordinal);
        Assert.Contains("Deze week deden minder dan 3 mensen mee", south, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_PoolPartner_TheirPoolDuoCardShowsAFormerParticipantWithoutNameOrTeam()
    {
        await PoolBothAsync();
        await reminders.AtAsync(host.Time.GetUtcNow().AddMinutes(1));
        var anaCard = (await host.PersonalMessagesAsync(Ana.Aad)).Last(r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duo");
        Assert.Contains("Piet Smit (Huisartsen Zuid)", ReminderHarness.CardText(anaCard), StringComparison.Ordinal);
        var before = host.Connector.Requests.Count;

        await PressAsync(Piet, "mydata.delete", South);
        await host.SendQueuedAsync();

        var updates = host.Connector.Requests.Skip(before).Where(r => r.Method == "PUT").ToList();
        var update = Assert.Single(updates, u => u.Path.StartsWith(anaCard.Path, StringComparison.Ordinal));
        var card = ReminderHarness.CardText(update);
        Assert.Contains("oud-deelnemer", card, StringComparison.Ordinal);
        Assert.Contains("Via de organisatiepool", card, StringComparison.Ordinal);
        Assert.All(updates.Select(ReminderHarness.CardText), text =>
        {
            Assert.DoesNotContain("Piet", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Huisartsen Zuid", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Piet.Aad, text, StringComparison.Ordinal);
        });
    }

    /// <summary>Both teams pooled by their owners; Ana (Noord) and Piet (Zuid) chose a partner outside the team; Bo joined without.</summary>
    private async Task PoolBothAsync()
    {
        await PressAsync(Alex, "settings.pool.join", TestActivities.TeamId);
        await PressAsync(Zoe, "settings.pool.join", South);
        await JoinAsync(Ana, TestActivities.TeamId, pool: "true");
        await JoinAsync(Bo, TestActivities.TeamId, pool: "false");
        await JoinAsync(Piet, South, pool: "true");
    }

    private async Task<string?> CardOfAsync(string aad, string summary) =>
        (await host.PersonalMessagesAsync(aad)).Where(r => r.Json?["summary"]?.GetValue<string>() == summary).Select(ReminderHarness.CardText).LastOrDefault();

    private async Task<JsonObject> ReminderDataOfAsync(string aad) =>
        ReminderHarness.DataOf((await host.PersonalMessagesAsync(aad)).Last(r => r.Json?["summary"]?.GetValue<string>() == ReminderHarness.ReminderSummary));

    private Task<TeamWeekFacts> FactsAsync(string teamId, IsoWeek week) =>
        host.Services.GetRequiredService<TeamWeekFactStore>().GetWeekAsync(TestActivities.Tenant, teamId, week, CancellationToken.None);

    private async Task<string> SummaryAsync(string teamId, IsoWeek week)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var team = (await scope.ServiceProvider.GetRequiredService<BreedBot.Storage.Teams.TeamStore>().GetAsync(TestActivities.Tenant, teamId, CancellationToken.None))!;
        var card = await scope.ServiceProvider.GetRequiredService<WeeklySummaryComposer>().ComposeAsync(team, week, UserLanguage.Dutch, [], CancellationToken.None);
        return card.Content.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private async Task<bool> MemberAsync((string Id, string Name, string Aad, string Role) who, string teamId) =>
        (await host.Services.GetRequiredService<MemberStore>().GetAsync(TestActivities.Tenant, teamId, who.Aad, CancellationToken.None))!.PoolOptIn;

    private async Task<string> CommandCardAsync((string Id, string Name, string Aad, string Role) who, string command, string id)
    {
        var before = host.Connector.Requests.Count;
        await host.PostAsync(TestActivities.PersonalMessageFrom(host.ServiceUrl, command, id, who.Id, who.Aad, "Europe/Amsterdam"));
        var reply = await host.Connector.WaitForRequestAsync(r => r.Sequence > before && r.Path.EndsWith("/activities/" + id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return ReminderHarness.CardText(reply);
    }

    private async Task<string> JoinAsync((string Id, string Name, string Aad, string Role) who, string teamId, string? pool, string locale = "nl-NL")
    {
        var activity = TestActivities.Join(host.ServiceUrl, who.Id, who.Aad, teamId);
        activity["locale"] = locale;
        if (pool is not null)
        {
            activity["value"]!["action"]!["data"]!["pool"] = pool;
        }

        var answer = await ReminderHarness.ReadableAsync(await host.PostAsync(activity));
        Assert.Contains(locale == "nl-NL" ? "Je doet mee" : "You're in", answer, StringComparison.Ordinal);
        return answer;
    }

    /// <summary>"Opslaan" on the profile card's form, with the pool toggle when <paramref name="pool"/> is given (a card from a team outside the pool has none).</summary>
    private async Task<string> SaveProfileAsync((string Id, string Name, string Aad, string Role) who, string? pool)
    {
        var activity = Press(who, "profile.save", TestActivities.TeamId);
        var data = activity["value"]!["action"]!["data"]!;
        data["role"] = "Wijkteam";
        data["cluster"] = "SociaalWerk";
        data["day"] = "Tuesday";
        data["time"] = "09:30";
        if (pool is not null)
        {
            data["pool"] = pool;
        }

        return await ReminderHarness.ReadableAsync(await host.PostAsync(activity));
    }

    private async Task<string> PressAsync((string Id, string Name, string Aad, string Role) who, string verb, string teamId) =>
        await ReminderHarness.ReadableAsync(await host.PostAsync(Press(who, verb, teamId)));

    private JsonObject Press((string Id, string Name, string Aad, string Role) who, string verb, string teamId)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        activity["from"] = new JsonObject { ["id"] = who.Id, ["name"] = who.Name, ["aadObjectId"] = who.Aad };
        activity["conversation"] = new JsonObject { ["id"] = "a:personal-" + who.Id, ["conversationType"] = "personal", ["tenantId"] = TestActivities.Tenant };
        activity["value"]!["action"]!["data"] = new JsonObject { ["verb"] = verb, ["teamId"] = teamId };
        return activity;
    }

    private JsonObject SouthInstall()
    {
        var install = TestActivities.TeamInstall(host.ServiceUrl);
        install["id"] = "install-south";
        install["conversation"]!["id"] = South;
        install["channelData"]!["team"] = new JsonObject { ["id"] = South, ["name"] = "Huisartsen Zuid", ["aadGroupId"] = "group-zuid" };
        return install;
    }
}
