using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Reflections;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReminderHarness;

namespace BreedBot.Web.Tests.DuoWeeks;

/// <summary>
/// The guide for the duo moment's fifteen minutes through the whole host: on the reminder both partners get, and with
/// "duo-moment" any time; its step becomes the presser's follow-up (only the step and its date are kept), its
/// check-in is the reminder's.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class DuoMomentGuideTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ReminderHarness duo = null!;

    public async Task InitializeAsync() => duo = await ReminderHarness.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await duo.DisposeAsync();

    [Fact]
    public async Task Reminder_AtTheMoment_BothPartnersGetTheSameGuide()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var cards = duo.Reminders().Select(CardText).ToList();
        Assert.Equal(2, cards.Count);
        foreach (var card in cards)
        {
            Assert.Contains("Jullie 15 minuten", card, StringComparison.Ordinal);
            Assert.Contains("1 · Inbrengen (5 min)", card, StringComparison.Ordinal);
            Assert.Contains("Wat zou je doen als je niet bang was?", card, StringComparison.Ordinal);
            Assert.Contains("\"verb\":\"duo.step\"", card, StringComparison.Ordinal);
        }

        Assert.True(JsonNode.DeepEquals(new JsonArray([.. Guide(JsonNode.Parse(cards[0])!).Select(n => n.DeepClone())]), new JsonArray([.. Guide(JsonNode.Parse(cards[1])!).Select(n => n.DeepClone())])));
    }

    [Fact]
    public async Task DuoMoment_Typed_ShowsThisWeeksCardWithGuideAndCheckIn()
    {
        var card = await duo.SayAsync("duo-moment", "moment-1");

        var text = ReflectionHarness.Text(card);
        Assert.Equal("Jullie duomoment", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("met Ana Jansen (Wijkteam Noord)", text, StringComparison.Ordinal);
        Assert.Contains("2 · Vragen (5 min)", text, StringComparison.Ordinal);
        Assert.Contains("We hebben gesproken", text, StringComparison.Ordinal);
        Assert.Equal("acute.open", card["actions"]!.AsArray()[^1]!["verb"]!.GetValue<string>());
    }

    [Fact]
    public async Task DuoMoment_CheckInOnTheTypedCard_CountsForTheDuo()
    {
        var card = await duo.SayAsync("duo talk", "moment-1", "en-US");

        var answer = await duo.AnswerAsync(Roster[0], "duo.checkin", ButtonData(card, "duo.step"), ("what", "CaseDiscussed"), ("usefulness", "5"));

        Assert.Contains("Gedaan deze week: casus besproken · nut 5/5", answer, StringComparison.Ordinal);
        Assert.Equal(Domain.DuoWeeks.DuoActivity.CaseDiscussed, Assert.Single(await duo.WeeksAsync()).CheckIn?.What);
    }

    [Fact]
    public async Task Step_Valid_BecomesTheFollowUpOfThePresserWithNothingElseKept()
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = await duo.AnswerAsync(Roster[1], "duo.step", duo.ReminderData(), ("stepWhat", "Advies vragen bij Veilig Thuis"), ("stepBy", "2027-02-19"));

        Assert.Contains("Je stap staat. Op vrijdag 19 februari vraagt BreedBot je hoe het ging.", answer, StringComparison.Ordinal);
        var kept = Assert.Single(await ReflectionsAsync(Roster[1].Aad)).Reflection;
        Assert.Equal(ReflectionKind.DuoMoment, kept.Kind);
        Assert.Equal(("Advies vragen bij Veilig Thuis", new DateOnly(2027, 2, 19)), (kept.NextStep!.What, kept.NextStep.By));
        Assert.True(kept is { Casus: null, Discomfort: null, Effect: null, Goal: null, Factors: null, Meldcode: null, Shared: false, SharedWith.Count: 0 });
        Assert.Empty(await ReflectionsAsync(Roster[0].Aad));
        Assert.Contains(await FactsAsync(), f => f is CourageousStepPlanned);
        Assert.DoesNotContain(await FactsAsync(), f => f is ReflectionCompleted);

        // Friday 19 February, 09:00 Amsterdam: the same follow-up as a reflection's step 7, to Ana only.
        await duo.AtAsync(new DateTimeOffset(2027, 2, 19, 8, 1, 0, TimeSpan.Zero));
        var followUp = Assert.Single(duo.CardsContaining("reflection.followup"));
        Assert.Contains("Hoe ging het? Je stap uit het duomoment", followUp, StringComparison.Ordinal);
        Assert.Contains("Advies vragen bij Veilig Thuis", followUp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mevrouw Jansen bellen", "2027-02-19")]
    [InlineData("Advies vragen", "2027-02-01")]
    [InlineData("", "2027-02-19")]
    public async Task Step_Refused_ComesBackWithWhatWasTypedAndKeepsNothing(string what, string by)
    {
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = JsonNode.Parse(await duo.AnswerAsync(Roster[1], "duo.step", duo.ReminderData(), ("stepWhat", what), ("stepBy", by)))!;

        var guide = Guide(answer["value"]!);
        Assert.Contains(guide, b => b["color"]?.GetValue<string>() == "Attention");
        Assert.Equal(what, guide.Single(b => b["id"]?.GetValue<string>() == "stepWhat")["value"]?.GetValue<string>() ?? "");
        Assert.Empty(await ReflectionsAsync(Roster[1].Aad));
        Assert.DoesNotContain(await FactsAsync(), f => f is CourageousStepPlanned);
    }

    [Fact]
    public async Task Step_FromAnotherDuosCard_IsRefusedAndKeepsNothing()
    {
        await duo.AtAsync(Moment.AddMinutes(1));
        var outsider = ("29:1someone", "Someone", "aad-someone", "user");

        var answer = await duo.AnswerAsync(outsider, "duo.step", duo.ReminderData(), ("stepWhat", "Advies vragen"), ("stepBy", "2027-02-19"));

        Assert.Contains("hoort niet bij een duo waar je nu in zit", answer, StringComparison.Ordinal);
        Assert.Empty(await ReflectionsAsync("aad-someone"));
    }

    [Fact]
    public async Task DuoMoment_WithoutADuo_SaysKindlyHowOneComes()
    {
        await using var alone = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" });
        await alone.PostAsync(TestActivities.PersonalInstall(alone.ServiceUrl));
        await alone.PostAsync(TestActivities.PersonalMessage(alone.ServiceUrl, "duo-moment", id: "alone-1"));

        var reply = await alone.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/alone-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("Je hebt nog geen duopartner", ReflectionHarness.Text(reply.Json!), StringComparison.Ordinal);
    }

    /// <summary>The guide's elements: the last container of the card's body.</summary>
    private static List<JsonNode> Guide(JsonNode card) =>
        [.. card["body"]!.AsArray().Last(b => b!["type"]!.GetValue<string>() == "Container")!["items"]!.AsArray().Select(i => i!)];

    private Task<IReadOnlyList<StoredReflection>> ReflectionsAsync(string author) =>
        duo.Host.Services.GetRequiredService<ReflectionStore>().ListAsync(TestActivities.Tenant, author, CancellationToken.None);

    private async Task<IReadOnlyList<TeamWeekFact>> FactsAsync() =>
        (await duo.WeekFactsAsync(IsoWeek.Of(duo.Host.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")))).Facts;
}
