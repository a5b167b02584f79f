using System.Text.Json.Nodes;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReminderHarness;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// The duo card's buttons through the whole host: every two weeks only once both partners chose it (and back to every
/// week by either), "sla volgende keer over" as on the reminder, and a team's quiet weeks without reminders.
/// The duo is paired on Monday 15 February 2027 (ISO week 7), so its moments every two weeks are in weeks 7, 9, 11.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class DuoRhythmTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role) Alex = ReminderHarness.Roster[0];
    private static readonly (string Id, string Name, string Aad, string Role) Ana = ReminderHarness.Roster[1];

    private ReminderHarness duo = null!;

    public async Task InitializeAsync() => duo = await ReminderHarness.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await duo.DisposeAsync();

    [Fact]
    public async Task EveryTwoWeeks_BothChoose_PartnerAskedThenRemindersEveryOtherWeek()
    {
        var asked = await PressAsync(Alex, "duocard.everytwoweeks");
        Assert.Contains("Gevraagd: Ana Jansen hoort dat je graag om de week wilt afspreken.", asked, StringComparison.Ordinal);
        var question = Assert.Single(duo.CardsContaining("Alex Wilber wil graag om de week afspreken in Wijkteam Noord."));
        Assert.Contains("Ja, om de week", question, StringComparison.Ordinal);

        var agreed = await PressAsync(Ana, "duocard.everytwoweeks");

        Assert.Contains("Afgesproken: vanaf nu om de week. Jullie volgende duomoment: dinsdag 16 februari.", agreed, StringComparison.Ordinal);
        Assert.Contains("Om de week, dinsdag om 09:30", agreed, StringComparison.Ordinal);
        Assert.Single(duo.CardsContaining("Ana Jansen koos ook voor om de week"));
        Assert.Equal(["2027-W07", "2027-W09"], await ReminderWeeksAsync(4));
    }

    [Fact]
    public async Task EveryTwoWeeks_OnlyOneChose_StaysEveryWeek()
    {
        await PressAsync(Alex, "duocard.everytwoweeks");
        var again = await PressAsync(Alex, "duocard.everytwoweeks");

        Assert.Contains("Er veranderde niets", again, StringComparison.Ordinal);
        Assert.Single(duo.CardsContaining("Alex Wilber wil graag om de week afspreken"));
        Assert.Equal(["2027-W07", "2027-W08", "2027-W09", "2027-W10"], await ReminderWeeksAsync(4));
    }

    [Fact]
    public async Task EveryWeek_AfterAgreement_EitherPartnerBringsTheDuoBack()
    {
        await PressAsync(Alex, "duocard.everytwoweeks");
        await PressAsync(Ana, "duocard.everytwoweeks");

        var back = await PressAsync(Ana, "duocard.everyweek");

        Assert.Contains("Elke week dus: jullie duomoment komt weer elke week.", back, StringComparison.Ordinal);
        Assert.Single(duo.CardsContaining("Ana Jansen spreekt liever elke week af"));
        Assert.Equal(["2027-W07", "2027-W08", "2027-W09"], await ReminderWeeksAsync(3));
    }

    [Fact]
    public async Task EveryTwoWeeks_InEnglish_AnsweredInEnglish()
    {
        var asked = await PressAsync(Alex, "duocard.everytwoweeks", locale: "en-US");

        Assert.Contains("Asked: Ana Jansen hears that you would like every two weeks.", asked, StringComparison.Ordinal);
        Assert.Contains("Keep every week", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuoCard_SomeoneNotInTheDuo_NothingStoredNobodyTold()
    {
        var before = duo.Host.Connector.Requests.Count;

        var answer = await PressAsync(("29:1eve", "Eve", "aad-eve", "user"), "duocard.everytwoweeks");
        var forged = await PressAsync(Alex, "duocard.everytwoweeks", duoKey: "r000001-000000000000");

        Assert.Contains("Deze kaart hoort niet bij een duo waar je nu in zit", answer, StringComparison.Ordinal);
        Assert.Contains("Deze kaart hoort niet bij een duo waar je nu in zit", forged, StringComparison.Ordinal);
        Assert.Equal(before, duo.Host.Connector.Requests.Count);
        Assert.Equal(["2027-W07", "2027-W08"], await ReminderWeeksAsync(2));
    }

    [Fact]
    public async Task SkipNext_OnTheDuoCard_SkipsForBothAndThePartnerHearsOnce()
    {
        var answer = await PressAsync(Alex, "duocard.skipnext", ("nextReason", "Holiday"));
        var replayed = await duo.Host.PostAsync(LastPress!);
        await duo.Host.SendQueuedAsync();

        Assert.Contains("Alvast overgeslagen: jullie duomoment van dinsdag 16 februari.", answer, StringComparison.Ordinal);
        Assert.True(replayed.IsSuccessStatusCode);
        var notice = Assert.Single(duo.CardsContaining("Alex Wilber kan niet bij jullie volgende duomoment"));
        Assert.DoesNotContain("Vakantie", notice, StringComparison.Ordinal);
        Assert.Equal(["2027-W08"], await ReminderWeeksAsync(2));
        var facts = (await duo.WeekFactsAsync(new IsoWeek(2027, 7))).Facts;
        Assert.Single(facts.OfType<DuoMomentPlanned>());
        Assert.Single(facts.OfType<DuoMomentSkipped>());
    }

    [Fact]
    public async Task SkipNext_PressedAgain_SaysAlreadySkippedAndSkipsNothingElse()
    {
        await PressAsync(Alex, "duocard.skipnext", ("nextReason", "Holiday"));

        var second = await PressAsync(Alex, "duocard.skipnext", ("nextReason", "Busy"));

        Assert.Contains("Jullie duomoment van dinsdag 16 februari was al overgeslagen.", second, StringComparison.Ordinal);
        Assert.Single(duo.CardsContaining("Alex Wilber kan niet bij jullie volgende duomoment"));
        Assert.Equal(["2027-W08"], await ReminderWeeksAsync(2));
    }

    [Fact]
    public async Task SkipNext_EveryTwoWeeksAfterThisWeeksMoment_SkipsTheMomentTwoWeeksOn()
    {
        await PressAsync(Alex, "duocard.everytwoweeks");
        await PressAsync(Ana, "duocard.everytwoweeks");
        await duo.AtAsync(Moment.AddMinutes(1));

        var answer = await PressAsync(Ana, "duocard.skipnext", ("nextReason", "Ill"));

        Assert.Contains("Alvast overgeslagen: jullie duomoment van dinsdag 2 maart.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipNext_WithoutAReason_AsksForOneAndStoresNothing()
    {
        var answer = await PressAsync(Alex, "duocard.skipnext", ("nextReason", "Sabbatical"));

        Assert.Contains("Kies een reden.", answer, StringComparison.Ordinal);
        Assert.Empty(duo.CardsContaining("kan niet bij jullie volgende duomoment"));
        Assert.Empty(await duo.WeeksAsync());
    }

    [Fact]
    public async Task QuietWeek_NoReminderNoNudgeNothingPlannedOrMissed()
    {
        var teams = duo.Host.Services.GetRequiredService<TeamStore>();
        var read = (await teams.ReadSettingsAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None))!;
        await teams.TryReplaceQuietPeriodsAsync(read, [new QuietPeriod("studiedagen", new DateOnly(2027, 2, 16), new DateOnly(2027, 2, 19))], [], CancellationToken.None);

        await duo.AtAsync(Moment.AddMinutes(1));
        await duo.AtAsync(Moment.AddDays(1).AddMinutes(1));
        await duo.AtAsync(Moment.AddDays(7).AddMinutes(1));

        Assert.Equal(["2027-W08"], Weeks());
        Assert.Empty(duo.CardsContaining("Even een seintje"));
        var facts = (await duo.WeekFactsAsync(new IsoWeek(2027, 7))).Facts;
        Assert.Empty(facts.OfType<DuoMomentPlanned>());
        Assert.Empty(facts.OfType<DuoMomentMissed>());
    }

    /// <summary>The weeks with a reminder, running the scheduler at the moment of each of <paramref name="weeks"/> weeks from week 7 first.</summary>
    private async Task<List<string>> ReminderWeeksAsync(int weeks)
    {
        for (var i = 0; i < weeks; i++)
        {
            await duo.AtAsync(Moment.AddDays(7 * i).AddMinutes(1));
        }

        return Weeks();
    }

    private List<string> Weeks() =>
        [.. duo.Reminders().Select(r => r.Json!["attachments"]![0]!["content"]!.ToJsonString())
            .Select(card => System.Text.RegularExpressions.Regex.Match(card, "20\\d\\d-W\\d\\d").Value).Distinct().Order(StringComparer.Ordinal)];

    private JsonObject? LastPress { get; set; }

    private Task<string> PressAsync((string Id, string Name, string Aad, string Role) who, string verb, params (string Key, string Value)[] inputs) =>
        PressAsync(who, verb, "nl-NL", null, inputs);

    private Task<string> PressAsync((string Id, string Name, string Aad, string Role) who, string verb, string locale) => PressAsync(who, verb, locale, null);

    private Task<string> PressAsync((string Id, string Name, string Aad, string Role) who, string verb, string? locale = null, string? duoKey = null) => PressAsync(who, verb, locale ?? "nl-NL", duoKey, []);

    private async Task<string> PressAsync((string Id, string Name, string Aad, string Role) who, string verb, string locale, string? duoKey, params (string Key, string Value)[] inputs)
    {
        var activity = duo.Answer(who, verb, new JsonObject { ["team"] = TestActivities.TeamId, ["duo"] = duoKey ?? DuoKeyFromCard() }, inputs);
        activity["locale"] = locale;
        LastPress = (JsonObject)activity.DeepClone();
        var answer = await ReminderHarness.ReadableAsync(await duo.Host.PostAsync(activity));
        await duo.Host.SendQueuedAsync();
        return answer;
    }

    /// <summary>The duo key the duo card the pairing sent carries on its buttons.</summary>
    private string DuoKeyFromCard()
    {
        var card = duo.Host.Connector.Requests.First(r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duo").Json!["attachments"]![0]!["content"]!;
        var action = card["actions"]!.AsArray().First(a => a!["type"]!.GetValue<string>() == "Action.ShowCard")!;
        return action["card"]!["actions"]![0]!["data"]!["duo"]!.GetValue<string>();
    }
}
