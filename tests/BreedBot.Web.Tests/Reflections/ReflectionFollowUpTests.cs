using System.Text.Json.Nodes;
using BreedBot.Domain.Courage;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage;
using BreedBot.Storage.Teams;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>
/// What comes after a reflection, through the scheduler and the outbox: the follow-up card on the
/// step's date (ja / deels / nog niet, counted for the team week) and the one unsafety reminder.
/// The reflection is finished on Monday 15 February 2027 at 10:00 Amsterdam; its step is due on
/// Monday 22 February, so the follow-up comes at 09:00 Amsterdam (08:00 UTC) that day.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionFollowUpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset FollowUpAt = new(2027, 2, 22, 8, 0, 0, TimeSpan.Zero);

    // One working day after Monday 10:00 Amsterdam: Tuesday 10:00 (09:00 UTC).
    private static readonly DateTimeOffset NudgeAt = new(2027, 2, 16, 9, 0, 0, TimeSpan.Zero);

    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task FollowUp_OnTheChosenDate_ArrivesOnceAndJaIsCountedForTheTeamWeek()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));

        await AtAsync(FollowUpAt.AddMinutes(-1));
        Assert.Empty(FollowUps());
        await AtAsync(FollowUpAt.AddMinutes(1));
        await AtAsync(FollowUpAt.AddMinutes(2));

        var followUp = Assert.Single(FollowUps());
        Assert.Contains(TestActivities.PersonalConversation, followUp.Path, StringComparison.Ordinal);
        var card = followUp.Json!["attachments"]![0]!;
        Assert.Contains("Hoe ging het? casus A", Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("casus A", followUp.Json["summary"]!.GetValue<string>(), StringComparison.Ordinal);

        var answer = Text(CardOf(await AnswerAsync(card["content"]!, new JsonObject { ["outcome"] = "Ja", ["happened"] = "Het gesprek ging beter dan gedacht" })));

        Assert.Contains("Je hebt de stap gezet. Dat vroeg moed.", answer, StringComparison.Ordinal);
        Assert.Equal([StepOutcome.Ja], await OutcomesAsync());
        Assert.Empty(await host.RowsAsync(StorageTables.ReflectionsDueName));
    }

    [Fact]
    public async Task FollowUp_NogNiet_IsMetKindlyWithTheNextDuoMoment()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        await AtAsync(FollowUpAt.AddMinutes(1));
        var card = Assert.Single(FollowUps()).Json!["attachments"]![0]!["content"]!;
        Assert.Contains("Nog niet mag ook: moed groeit stap voor stap.", Text(card), StringComparison.Ordinal);
        Assert.Contains("Bespreken in mijn volgende duomoment", Text(card), StringComparison.Ordinal);

        var answer = Text(CardOf(await AnswerAsync(card, new JsonObject { ["outcome"] = "NogNiet", ["bringToDuo"] = "true" })));

        Assert.Contains("Nog niet — dat is oké.", answer, StringComparison.Ordinal);
        Assert.Contains("je hoeft dit niet alleen te dragen", answer, StringComparison.Ordinal);
        Assert.Contains("Neem het mee naar je volgende duomoment; je partner kan meedenken.", answer, StringComparison.Ordinal);
        Assert.Equal([StepOutcome.NogNiet], await OutcomesAsync());

        // Answered once: the same card again changes and counts nothing.
        var again = Text(CardOf(await AnswerAsync(card, new JsonObject { ["outcome"] = "Ja" })));
        Assert.Contains("Deze vraag was al beantwoord", again, StringComparison.Ordinal);
        Assert.Equal([StepOutcome.NogNiet], await OutcomesAsync());
    }

    [Fact]
    public async Task FollowUp_DeelsWithANewDate_AsksAgainOnThatDate()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        await AtAsync(FollowUpAt.AddMinutes(1));

        var answer = Text(CardOf(await AnswerAsync(Assert.Single(FollowUps()).Json!["attachments"]![0]!["content"]!, new JsonObject { ["outcome"] = "Deels", ["newBy"] = "2027-03-01" })));
        Assert.Contains("Deels is ook een stap.", answer, StringComparison.Ordinal);
        Assert.Contains("Op maandag 1 maart 2027 vraagt BreedBot opnieuw hoe het ging.", answer, StringComparison.Ordinal);

        await AtAsync(new DateTimeOffset(2027, 3, 1, 8, 1, 0, TimeSpan.Zero));

        Assert.Equal(2, FollowUps().Count);
        Assert.Contains("\"round\":\"1\"", Text(FollowUps()[1].Json!), StringComparison.Ordinal);
        Assert.Equal([StepOutcome.Deels], await OutcomesAsync(new IsoWeek(2027, 8)));
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(5, false)]
    public async Task FollowUp_BotWasDownForDays_StillSentThreeDaysLateNotFive(int daysLate, bool sent)
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));

        await AtAsync(FollowUpAt.AddDays(daysLate));

        Assert.Equal(sent ? 1 : 0, FollowUps().Count);
        Assert.Empty(await host.RowsAsync(StorageTables.ReflectionsDueName));
    }

    [Fact]
    public async Task FollowUp_TheOnlyTeamIsPaused_NothingIsSent()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        await host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(TestActivities.Tenant, TestActivities.TeamId, s => s with { Paused = true }, CancellationToken.None);

        await AtAsync(FollowUpAt.AddMinutes(1));

        Assert.Empty(FollowUps());
    }

    [Theory]
    [InlineData("Yes", "No")]
    [InlineData("No", "Yes")]
    public async Task Nudge_UnsafetyNamedAndVeiligThuisNotMarked_OneReminderAfterOneWorkingDay(string acute, string structural)
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"), Unsafe(acute, structural));

        await AtAsync(NudgeAt.AddMinutes(-1));
        Assert.Empty(Nudges());
        await AtAsync(NudgeAt.AddMinutes(1));
        await AtAsync(NudgeAt.AddHours(3));

        var nudge = Assert.Single(Nudges());
        Assert.Contains(TestActivities.PersonalConversation, nudge.Path, StringComparison.Ordinal);
        Assert.Contains("Veilig Thuis gebeld / melding gedaan", Text(nudge.Json!), StringComparison.Ordinal);
        Assert.Contains("Jij beslist, niet BreedBot.", Text(nudge.Json!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unknown", "No")]
    [InlineData("No", "Unknown")]
    public async Task Nudge_WeetIkNietOnUnsafety_TheSameReminderAsYesWithTheInDoubtRule(string acute, string structural)
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"), Unsafe(acute, structural));

        await AtAsync(NudgeAt.AddMinutes(1));

        var nudge = Text(Assert.Single(Nudges()).Json!);
        Assert.Contains("Bij twijfel: vraag Veilig Thuis om advies.", nudge, StringComparison.Ordinal);
        Assert.Contains("Direct gevaar? Bel nu 112.", nudge, StringComparison.Ordinal);
        Assert.Contains("Veilig Thuis gebeld / melding gedaan", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nudge_VeiligThuisMarkedOnTheSummary_NoReminder()
    {
        var summary = CardOf(await harness.CompleteAsync(await harness.SayAsync("reflectie"), Unsafe("Yes", "Yes")));

        var marked = await harness.InvokeAsync("reflection.vt", Action(summary, "reflection.vt")["data"]!.DeepClone().AsObject());
        Assert.Equal(200, marked["statusCode"]!.GetValue<int>());
        await AtAsync(NudgeAt.AddMinutes(1));

        Assert.Empty(Nudges());
        Assert.DoesNotContain(await host.RowsAsync(StorageTables.ReflectionsDueName), r => r.GetString("Kind") == "Nudge");
    }

    [Fact]
    public async Task Reminder_StartEenReflectie_SendsTheFirstStepAsANewMessageAndKeepsTheReminder()
    {
        // Alex and Ana meet on Tuesdays at 09:30 Amsterdam.
        await AtAsync(new DateTimeOffset(2027, 2, 16, 8, 31, 0, TimeSpan.Zero));
        var reminder = Assert.Single(host.Connector.Requests, r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duomoment" && r.Path.Contains(TestActivities.PersonalConversation, StringComparison.Ordinal));
        var data = Action(reminder.Json!, "reflect.start")["data"]!.DeepClone().AsObject();
        var before = host.Connector.Requests.Count;

        var answer = await harness.InvokeAsync("reflect.start", data);

        Assert.Equal("application/vnd.microsoft.activity.message", answer["type"]!.GetValue<string>());
        Assert.Contains("Je reflectie staat in een nieuw bericht hieronder.", answer.ToJsonString(), StringComparison.Ordinal);
        var step = Assert.Single(host.Connector.Requests.Skip(before), r => r.Method == "POST" && r.Json?["attachments"] is not null);
        Assert.Contains(TestActivities.PersonalConversation, step.Path, StringComparison.Ordinal);
        Assert.Contains("Stap 1 van 8", Text(step.Json!), StringComparison.Ordinal);
        Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName));
    }

    private static Func<int, JsonObject> Unsafe(string acute, string structural) => step => step == 6
        ? new JsonObject { ["stage"] = "Weighing", ["acute"] = acute, ["structural"] = structural }
        : ValidAnswers[step].DeepClone().AsObject();

    private Task AtAsync(DateTimeOffset instant) => harness.AtAsync(instant);

    private Task<JsonObject> AnswerAsync(JsonNode card, JsonObject answers) => harness.AnswerFollowUpAsync(card, answers);

    private List<RecordedRequest> FollowUps() => Sent("reflection.followup");

    private List<RecordedRequest> Nudges() => [.. Sent("reflection.vt").Where(r => r.Body.Contains("Even een herinnering", StringComparison.Ordinal))];

    private List<RecordedRequest> Sent(string verb) =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["attachments"] is not null && !r.Path.Contains("/activities/", StringComparison.Ordinal)
            && Actions(r.Json!).Any(a => a["verb"]?.GetValue<string>() == verb))];

    private async Task<List<StepOutcome>> OutcomesAsync(IsoWeek? week = null)
    {
        var facts = await host.Services.GetRequiredService<TeamWeekFactStore>().GetWeekAsync(TestActivities.Tenant, TestActivities.TeamId, week ?? IsoWeek.Of(host.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")), CancellationToken.None);
        return [.. facts.Facts.OfType<CourageousStepOutcome>().Select(f => f.Outcome)];
    }
}
