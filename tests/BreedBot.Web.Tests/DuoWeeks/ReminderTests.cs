using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReminderHarness;

namespace BreedBot.Web.Tests.DuoWeeks;

/// <summary>
/// Weekly duo moments through the whole host: the scheduler sends the reminder card at the duo's
/// moment (through the outbox), a check-in counts once for the duo and updates the partner's card, an open
/// week gets one nudge.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReminderTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ReminderHarness duo = null!;

    public async Task InitializeAsync() => duo = await ReminderHarness.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await duo.DisposeAsync();

    private Task<IReadOnlyList<BreedBot.Domain.Outbound.DeliveryRecord>> Deliveries() =>
        duo.Host.Services.GetRequiredService<BreedBot.Storage.Outbound.DeliveryStore>().ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", CancellationToken.None);

    [Fact]
    public async Task Scheduler_AtTheMoment_EachPartnerGetsOneReminderCard()
    {
        await duo.AtAsync(Moment.AddMinutes(-1));
        Assert.Empty(duo.Reminders());

        await duo.AtAsync(Moment.AddMinutes(1));
        await duo.AtAsync(Moment.AddMinutes(2));

        var reminders = duo.Reminders();
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
        await duo.AtAsync(Moment.AddMinutes(1));
        var data = duo.ReminderData();

        var first = await duo.AnswerAsync(Roster[1], "duo.checkin", data, ("what", "CaseDiscussed"), ("usefulness", "4"));
        var second = await duo.AnswerAsync(Roster[0], "duo.checkin", data, ("what", "Other"), ("usefulness", ""));

        Assert.Contains("Gedaan deze week: casus besproken · nut 4/5", first, StringComparison.Ordinal);
        Assert.Contains("al afgevinkt", second, StringComparison.Ordinal);
        var alexCard = Assert.Single(await Deliveries(), d => d.RecipientKey == Roster[0].Aad && d.Kind == "duo-reminder");
        var update = Assert.Single(duo.CardUpdates());
        Assert.Equal($"/v3/conversations/{alexCard.Conversation!.ConversationId}/activities/{alexCard.ActivityId}", update.Path);
        Assert.Contains("Gedaan deze week: casus besproken · nut 4/5", ReminderHarness.CardText(update), StringComparison.Ordinal);
        Assert.Equal(ReminderHarness.ReminderSummary, update.Json!["summary"]!.GetValue<string>());
        var week = Assert.Single(await duo.WeeksAsync());
        Assert.Equal(BreedBot.Domain.DuoWeeks.DuoActivity.CaseDiscussed, week.CheckIn?.What);

        await duo.AtAsync(Moment.AddDays(1).AddMinutes(1));
        Assert.Empty(duo.CardsContaining("Even een seintje"));
    }

    [Fact]
    public async Task Nudge_NeitherCheckInNorSkip_OneNudgeEachTheNextWorkingDayThenNothing()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        await duo.AtAsync(Moment.AddDays(1).AddMinutes(1));
        await duo.AtAsync(Moment.AddDays(1).AddMinutes(30));
        await duo.AtAsync(Moment.AddDays(2).AddMinutes(1));

        Assert.Equal(2, duo.CardsContaining("Even een seintje").Count);
    }

    [Fact]
    public async Task Skip_ThisWeek_NoNudgeAndTheCardSaysSo()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = await duo.AnswerAsync(Roster[0], "duo.skip", duo.ReminderData(), ("reason", "Holiday"));
        await duo.AtAsync(Moment.AddDays(1).AddMinutes(1));

        Assert.Contains("Deze week overgeslagen", answer, StringComparison.Ordinal);
        Assert.Empty(duo.CardsContaining("Even een seintje"));
    }

    [Fact]
    public async Task Move_LaterThisWeek_RemindsAgainAtTheNewMomentOnly()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = await duo.AnswerAsync(Roster[1], "duo.move", duo.ReminderData(), ("date", "2027-02-18"), ("time", "14:00"));
        await duo.AtAsync(new DateTimeOffset(2027, 2, 17, 8, 31, 0, TimeSpan.Zero)); // the old moment's nudge time: nothing
        await duo.AtAsync(new DateTimeOffset(2027, 2, 18, 13, 1, 0, TimeSpan.Zero));

        Assert.Contains("Verzet, alleen voor deze week", answer, StringComparison.Ordinal);
        Assert.Empty(duo.CardsContaining("Even een seintje"));
        await duo.Host.Connector.WaitForRequestAsync(_ => duo.Reminders().Count >= 4, TimeSpan.FromSeconds(10));
        Assert.Equal(4, duo.Reminders().Count);
    }

    [Theory]
    [InlineData("duo", "r000001-000000000000")]
    [InlineData("team", "19:other@thread.tacv2")]
    [InlineData("week", "2027-W99")]
    public async Task Answer_TamperedCardData_KindMessageAndNothingStored(string field, string value)
    {
        await duo.AtAsync(Moment.AddMinutes(1));
        var data = duo.ReminderData();
        data[field] = value;

        var answer = await duo.AnswerAsync(Roster[0], "duo.checkin", data, ("what", "CaseDiscussed"));

        Assert.Contains("hoort niet bij een duo waar je nu in zit", answer, StringComparison.Ordinal);
        await duo.AssertNothingAnsweredAsync();
    }

    [Fact]
    public async Task Answer_MoveToThePast_CardBackWithTheProblemAndNothingStored()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = await duo.AnswerAsync(Roster[0], "duo.move", duo.ReminderData(), ("date", "2027-02-15"), ("time", "10:00"));

        Assert.Contains("Dat moment is al voorbij", answer, StringComparison.Ordinal);
        Assert.Contains("Verzet", answer, StringComparison.Ordinal);
        await duo.AssertNothingAnsweredAsync();
    }

    [Fact]
    public async Task Answer_WeekOver_CardSaysSoAndNothingStored()
    {
        await duo.AtAsync(Moment.AddMinutes(1));
        var data = duo.ReminderData();
        duo.Host.Time.SetUtcNow(Moment.AddDays(7));

        var answer = await duo.AnswerAsync(Roster[0], "duo.skip", data, ("reason", "Busy"));

        Assert.Contains("Deze week is al voorbij", answer, StringComparison.Ordinal);
        await duo.AssertNothingAnsweredAsync();
    }

    [Fact]
    public async Task TeamPaused_NoReminders()
    {
        var teams = duo.Host.Services.GetRequiredService<BreedBot.Storage.Teams.TeamStore>();
        await teams.UpdateSettingsAsync(TestActivities.Tenant, TestActivities.TeamId, s => s with { Paused = true }, CancellationToken.None);

        await duo.AtAsync(Moment.AddMinutes(1));

        Assert.Empty(duo.Reminders());
    }
}
