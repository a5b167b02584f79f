using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// Weekly duo moments through the whole host: the scheduler sends the reminder card at the duo's
/// moment, a check-in counts once for the duo and tells the partner, an open week gets one nudge.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReminderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ReminderSummary = "BreedBot: je duo-moment";

    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
    ];

    // Tuesday 16 February 2027, 09:30 in Amsterdam.
    private static readonly DateTimeOffset Moment = new(2027, 2, 16, 8, 30, 0, TimeSpan.Zero);

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@noord.example", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        foreach (var person in Roster)
        {
            await JoinAsync(person.Id, person.Aad);
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.Connector.WaitForRequestAsync(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Gelukt", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private SchedulerJob Job => host.Services.GetRequiredService<SchedulerJob>();

    private List<RecordedRequest> Reminders() =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == ReminderSummary)];

    private List<string> Texts(string startsWith) =>
        [.. host.Connector.Requests.Select(r => r.Json?["text"]?.GetValue<string>()).OfType<string>().Where(t => t.StartsWith(startsWith, StringComparison.Ordinal))];

    private async Task AtAsync(DateTimeOffset instant)
    {
        host.Time.SetUtcNow(instant);
        await Job.RunOnceAsync(instant, CancellationToken.None);
    }

    [Fact]
    public async Task Scheduler_AtTheMoment_EachPartnerGetsOneReminderCard()
    {
        await AtAsync(Moment.AddMinutes(-1));
        Assert.Empty(Reminders());

        await AtAsync(Moment.AddMinutes(1));
        await AtAsync(Moment.AddMinutes(2));

        var reminders = Reminders();
        Assert.Equal(2, reminders.Count);
        Assert.Equal(2, reminders.Select(r => r.Path).Distinct().Count());
        var card = reminders[0].Json!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("We hebben gesproken", card, StringComparison.Ordinal);
        Assert.Contains("Sla deze week over", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Start een reflectie", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_BothPartnersSubmit_CountsOnceAndThePartnerIsTold()
    {
        await AtAsync(Moment.AddMinutes(1));
        var data = ReminderData();

        var first = await AnswerAsync(Roster[1], "duo.checkin", data, ("what", "CaseDiscussed"), ("usefulness", "4"));
        var second = await AnswerAsync(Roster[0], "duo.checkin", data, ("what", "Other"), ("usefulness", ""));

        Assert.Contains("Gedaan deze week: casus besproken · nut 4/5", first, StringComparison.Ordinal);
        Assert.Contains("al afgevinkt", second, StringComparison.Ordinal);
        Assert.Single(Texts("Je duo-partner heeft jullie duo-moment"));
        var row = Assert.Single(await host.RowsAsync(StorageTables.DuoWeeksName));
        Assert.Equal("CaseDiscussed", row.GetString("CheckInWhat"));

        await AtAsync(Moment.AddDays(1).AddMinutes(1));
        Assert.Empty(Texts("Een zacht duwtje"));
    }

    [Fact]
    public async Task Nudge_NeitherCheckInNorSkip_OneNudgeEachTheNextWorkingDayThenNothing()
    {
        await AtAsync(Moment.AddMinutes(1));

        await AtAsync(Moment.AddDays(1).AddMinutes(1));
        await AtAsync(Moment.AddDays(1).AddMinutes(30));
        await AtAsync(Moment.AddDays(2).AddMinutes(1));

        Assert.Equal(2, Texts("Een zacht duwtje").Count);
    }

    [Fact]
    public async Task Skip_ThisWeek_NoNudgeAndTheCardSaysSo()
    {
        await AtAsync(Moment.AddMinutes(1));

        var answer = await AnswerAsync(Roster[0], "duo.skip", ReminderData(), ("reason", "Holiday"));
        await AtAsync(Moment.AddDays(1).AddMinutes(1));

        Assert.Contains("Deze week overgeslagen", answer, StringComparison.Ordinal);
        Assert.Empty(Texts("Een zacht duwtje"));
    }

    [Fact]
    public async Task Move_LaterThisWeek_RemindsAgainAtTheNewMomentOnly()
    {
        await AtAsync(Moment.AddMinutes(1));

        var answer = await AnswerAsync(Roster[1], "duo.move", ReminderData(), ("date", "2027-02-18"), ("time", "14:00"));
        await AtAsync(new DateTimeOffset(2027, 2, 17, 8, 31, 0, TimeSpan.Zero)); // the old moment's nudge time: nothing
        await AtAsync(new DateTimeOffset(2027, 2, 18, 13, 1, 0, TimeSpan.Zero));

        Assert.Contains("Verzet, alleen voor deze week", answer, StringComparison.Ordinal);
        Assert.Empty(Texts("Een zacht duwtje"));
        await host.Connector.WaitForRequestAsync(_ => Reminders().Count >= 4, TimeSpan.FromSeconds(10));
        Assert.Equal(4, Reminders().Count);
    }

    [Theory]
    [InlineData("duo", "r000001-000000000000")]
    [InlineData("team", "19:other@thread.tacv2")]
    [InlineData("week", "2027-W99")]
    public async Task Answer_TamperedCardData_KindMessageAndNothingStored(string field, string value)
    {
        await AtAsync(Moment.AddMinutes(1));
        var data = ReminderData();
        data[field] = value;

        var answer = await AnswerAsync(Roster[0], "duo.checkin", data, ("what", "CaseDiscussed"));

        Assert.Contains("hoort niet bij een duo waar je nu in zit", answer, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.DuoWeeksName));
    }

    [Fact]
    public async Task Answer_MoveToThePast_CardBackWithTheProblemAndNothingStored()
    {
        await AtAsync(Moment.AddMinutes(1));

        var answer = await AnswerAsync(Roster[0], "duo.move", ReminderData(), ("date", "2027-02-15"), ("time", "10:00"));

        Assert.Contains("Dat moment is al voorbij", answer, StringComparison.Ordinal);
        Assert.Contains("Verzet", answer, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.DuoWeeksName));
    }

    [Fact]
    public async Task Answer_WeekOver_CardSaysSoAndNothingStored()
    {
        await AtAsync(Moment.AddMinutes(1));
        var data = ReminderData();
        host.Time.SetUtcNow(Moment.AddDays(7));

        var answer = await AnswerAsync(Roster[0], "duo.skip", data, ("reason", "Busy"));

        Assert.Contains("Deze week is al voorbij", answer, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.DuoWeeksName));
    }

    [Fact]
    public async Task TeamPaused_NoReminders()
    {
        var teams = host.Services.GetRequiredService<BreedBot.Storage.Teams.TeamStore>();
        await teams.UpdateSettingsAsync(TestActivities.Tenant, TestActivities.TeamId, s => s with { Paused = true }, CancellationToken.None);

        await AtAsync(Moment.AddMinutes(1));

        Assert.Empty(Reminders());
    }

    private JsonObject ReminderData()
    {
        var card = Reminders()[0].Json!["attachments"]![0]!["content"]!;
        var data = card["actions"]!.AsArray().First(a => a!["type"]!.GetValue<string>() == "Action.ShowCard")!["card"]!["actions"]![0]!["data"]!.AsObject();
        return new JsonObject { ["team"] = data["team"]!.GetValue<string>(), ["week"] = data["week"]!.GetValue<string>(), ["duo"] = data["duo"]!.GetValue<string>() };
    }

    private async Task<string> AnswerAsync((string Id, string Name, string Aad, string Role) who, string verb, JsonObject data, params (string Key, string Value)[] inputs)
    {
        var activity = WithSender(TestActivities.CardAction(host.ServiceUrl, verb), who);
        var payload = new JsonObject { ["verb"] = verb };
        foreach (var (key, value) in data)
        {
            payload[key] = value?.DeepClone();
        }

        foreach (var (key, value) in inputs)
        {
            payload[key] = value;
        }

        activity["value"]!["action"]!["data"] = payload;
        var response = await host.PostAsync(activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject WithSender(JsonObject activity, (string Id, string Name, string Aad, string Role) who)
    {
        activity["from"] = new JsonObject { ["id"] = who.Id, ["aadObjectId"] = who.Aad };
        return activity;
    }

    private async Task JoinAsync(string userId, string aad)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aad };
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
