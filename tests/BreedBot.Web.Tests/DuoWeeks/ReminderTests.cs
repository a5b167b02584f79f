using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.DuoWeeks;

/// <summary>
/// Weekly duo moments through the whole host: the scheduler sends the reminder card at the duo's
/// moment (through the outbox), a check-in counts once for the duo and updates the partner's card, an open
/// week gets one nudge.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReminderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Moment = ReminderHarness.Moment;
    private static readonly (string Id, string Name, string Aad, string Role)[] Roster = ReminderHarness.Roster;

    private BotHost host = null!;
    private ReminderHarness duo = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" });
        duo = new ReminderHarness(host);
        await duo.SetUpDuoAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private List<RecordedRequest> Reminders() => duo.Reminders();

    private List<string> Texts(string startsWith) => duo.Texts(startsWith);

    private List<string> CardsContaining(string text) => duo.CardsContaining(text);

    private Task AtAsync(DateTimeOffset instant) => duo.AtAsync(instant);

    private Task<IReadOnlyList<BreedBot.Domain.Outbound.DeliveryRecord>> Deliveries() =>
        host.Services.GetRequiredService<BreedBot.Storage.Outbound.DeliveryStore>().ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", CancellationToken.None);

    private JsonObject ReminderData() => duo.ReminderData();

    private Task<string> AnswerAsync((string Id, string Name, string Aad, string Role) who, string verb, JsonObject data, params (string Key, string Value)[] inputs) =>
        duo.AnswerAsync(who, verb, data, inputs);

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
        Assert.Contains("Start een reflectie", card, StringComparison.Ordinal);
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
        var alexCard = Assert.Single(await Deliveries(), d => d.RecipientKey == Roster[0].Aad && d.Kind == "duo-reminder");
        var update = Assert.Single(duo.CardUpdates());
        Assert.Equal($"/v3/conversations/{alexCard.Conversation!.ConversationId}/activities/{alexCard.ActivityId}", update.Path);
        Assert.Contains("Gedaan deze week: casus besproken · nut 4/5", ReminderHarness.CardText(update), StringComparison.Ordinal);
        Assert.Equal(ReminderHarness.ReminderSummary, update.Json!["summary"]!.GetValue<string>());
        var week = Assert.Single(await duo.WeeksAsync());
        Assert.Equal(BreedBot.Domain.DuoWeeks.DuoActivity.CaseDiscussed, week.CheckIn?.What);

        await AtAsync(Moment.AddDays(1).AddMinutes(1));
        Assert.Empty(CardsContaining("Even een seintje"));
    }

    [Fact]
    public async Task Nudge_NeitherCheckInNorSkip_OneNudgeEachTheNextWorkingDayThenNothing()
    {
        await AtAsync(Moment.AddMinutes(1));

        await AtAsync(Moment.AddDays(1).AddMinutes(1));
        await AtAsync(Moment.AddDays(1).AddMinutes(30));
        await AtAsync(Moment.AddDays(2).AddMinutes(1));

        Assert.Equal(2, CardsContaining("Even een seintje").Count);
    }

    [Fact]
    public async Task Skip_ThisWeek_NoNudgeAndTheCardSaysSo()
    {
        await AtAsync(Moment.AddMinutes(1));

        var answer = await AnswerAsync(Roster[0], "duo.skip", ReminderData(), ("reason", "Holiday"));
        await AtAsync(Moment.AddDays(1).AddMinutes(1));

        Assert.Contains("Deze week overgeslagen", answer, StringComparison.Ordinal);
        Assert.Empty(CardsContaining("Even een seintje"));
    }

    [Fact]
    public async Task Move_LaterThisWeek_RemindsAgainAtTheNewMomentOnly()
    {
        await AtAsync(Moment.AddMinutes(1));

        var answer = await AnswerAsync(Roster[1], "duo.move", ReminderData(), ("date", "2027-02-18"), ("time", "14:00"));
        await AtAsync(new DateTimeOffset(2027, 2, 17, 8, 31, 0, TimeSpan.Zero)); // the old moment's nudge time: nothing
        await AtAsync(new DateTimeOffset(2027, 2, 18, 13, 1, 0, TimeSpan.Zero));

        Assert.Contains("Verzet, alleen voor deze week", answer, StringComparison.Ordinal);
        Assert.Empty(CardsContaining("Even een seintje"));
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
        await duo.AssertNothingAnsweredAsync();
    }

    [Fact]
    public async Task Answer_MoveToThePast_CardBackWithTheProblemAndNothingStored()
    {
        await AtAsync(Moment.AddMinutes(1));

        var answer = await AnswerAsync(Roster[0], "duo.move", ReminderData(), ("date", "2027-02-15"), ("time", "10:00"));

        Assert.Contains("Dat moment is al voorbij", answer, StringComparison.Ordinal);
        Assert.Contains("Verzet", answer, StringComparison.Ordinal);
        await duo.AssertNothingAnsweredAsync();
    }

    [Fact]
    public async Task Answer_WeekOver_CardSaysSoAndNothingStored()
    {
        await AtAsync(Moment.AddMinutes(1));
        var data = ReminderData();
        host.Time.SetUtcNow(Moment.AddDays(7));

        var answer = await AnswerAsync(Roster[0], "duo.skip", data, ("reason", "Busy"));

        Assert.Contains("Deze week is al voorbij", answer, StringComparison.Ordinal);
        await duo.AssertNothingAnsweredAsync();
    }

    [Fact]
    public async Task TeamPaused_NoReminders()
    {
        var teams = host.Services.GetRequiredService<BreedBot.Storage.Teams.TeamStore>();
        await teams.UpdateSettingsAsync(TestActivities.Tenant, TestActivities.TeamId, s => s with { Paused = true }, CancellationToken.None);

        await AtAsync(Moment.AddMinutes(1));

        Assert.Empty(Reminders());
    }
}
