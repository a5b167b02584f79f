using BreedBot.Domain.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using static BreedBot.Web.Tests.Hosting.ReminderHarness;

namespace BreedBot.Web.Tests.DuoWeeks;

/// <summary>
/// "Sla volgende keer over" through the whole host: the next moment is skipped for the duo ahead of time — no reminder,
/// no nudge that week, counted as planned and skipped — and the partner hears it once.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SkipAheadTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string PartnerNotice = "Ana Jansen kan niet bij jullie volgende duomoment";

    private ReminderHarness duo = null!;

    public async Task InitializeAsync() => duo = await ReminderHarness.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await duo.DisposeAsync();

    [Fact]
    public async Task SkipNext_OnTheReminder_NextWeekGetsNoReminderNorNudgeAndThePartnerHearsOnce()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = await duo.AnswerAsync(Roster[1], "duo.skipnext", duo.ReminderData(), ("nextReason", "Holiday"));
        await duo.AnswerAsync(Roster[1], "duo.skipnext", duo.ReminderData(), ("nextReason", "Busy"));
        await duo.Host.SendQueuedAsync();

        Assert.Contains("Alvast overgeslagen: jullie duomoment van dinsdag 23 februari", answer, StringComparison.Ordinal);
        var notice = Assert.Single(duo.CardsContaining(PartnerNotice));
        Assert.DoesNotContain("Vakantie", notice, StringComparison.Ordinal);
        Assert.Equal(2, duo.Reminders().Count);

        await duo.AtAsync(Moment.AddDays(7).AddMinutes(1));
        await duo.AtAsync(Moment.AddDays(8).AddMinutes(1));

        Assert.Equal(2, duo.Reminders().Count);
        Assert.Empty(duo.CardsContaining("Een zacht duwtje"));
        var facts = (await duo.WeekFactsAsync(new IsoWeek(2027, 8))).Facts;
        Assert.Single(facts.OfType<DuoMomentPlanned>());
        Assert.Single(facts.OfType<DuoMomentSkipped>());
    }

    [Fact]
    public async Task SkipNext_BeforeThisWeeksMoment_SkipsThisWeekForBoth()
    {
        // Monday 15 February, 10:00: this week's Tuesday moment is the next one.
        var card = await duo.SayAsync("duo-moment", "skip-1");
        var answer = await duo.AnswerAsync(Roster[1], "duo.skipnext", ButtonData(card, "duo.skipnext"), ("nextReason", "Ill"));
        await duo.Host.SendQueuedAsync();
        await duo.AtAsync(Moment.AddMinutes(1));

        Assert.Contains("Alvast overgeslagen: jullie duomoment van dinsdag 16 februari", answer, StringComparison.Ordinal);
        // The card typed above has the reminder's preview too: it is the reply to that message.
        Assert.DoesNotContain(duo.Reminders(), r => !r.Path.EndsWith("/activities/skip-1", StringComparison.Ordinal));
        Assert.Single(duo.CardsContaining(PartnerNotice));
        Assert.Equal(Domain.DuoWeeks.SkipReason.Ill, Assert.Single(await duo.WeeksAsync()).Skip);
    }

    [Fact]
    public async Task SkipNext_WithoutAReason_ChangesNothing()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = await duo.AnswerAsync(Roster[1], "duo.skipnext", duo.ReminderData(), ("nextReason", "Sabbatical"));
        await duo.Host.SendQueuedAsync();

        Assert.Contains("Er ontbreekt iets", answer, StringComparison.Ordinal);
        Assert.Empty(duo.CardsContaining(PartnerNotice));
        await duo.AssertNothingAnsweredAsync();
    }
}
