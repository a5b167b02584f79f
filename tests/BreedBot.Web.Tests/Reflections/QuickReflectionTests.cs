using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Reflections;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>
/// "korte reflectie" through the whole host: three questions on one card, stored done at once and counted like a full
/// reflection, its follow-up planned; "verdiepen" opens the eight steps with the answers on the cards, and finishing
/// them does not count the reflection twice.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class QuickReflectionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly JsonObject Valid = new()
    {
        ["label"] = "casus B",
        ["sources"] = "Weerstand,Zorgen",
        ["strength"] = "3",
        ["stepWhat"] = "De aandachtsfunctionaris bellen",
        ["stepWith"] = "Aandachtsfunctionaris",
        ["stepBy"] = "2027-02-19",
    };

    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" });
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task QuickReflection_Typed_ShowsThreeQuestionsAndStoresNothing()
    {
        var card = Text(await harness.SayAsync("korte reflectie"));

        Assert.Contains("1 · Welke casus? (alleen een label)", card, StringComparison.Ordinal);
        Assert.Contains("2 · Wat voel je, en hoe sterk?", card, StringComparison.Ordinal);
        Assert.Contains("3 · Je volgende stap, en wanneer", card, StringComparison.Ordinal);
        Assert.Empty(await ReflectionsAsync());
    }

    [Fact]
    public async Task Klaar_Valid_StoresItDoneCountsItAndOffersVerdiepen()
    {
        var card = await harness.SayAsync("quick reflection", "en-US");

        var summary = CardOf(await DoneAsync(card, Valid, "en-US"));

        Assert.Contains("Reflection done: casus B", Text(summary), StringComparison.Ordinal);
        Assert.DoesNotContain("Kindcheck", Text(summary), StringComparison.Ordinal);
        Assert.Equal("reflection.deepen", Actions(summary).First()["verb"]!.GetValue<string>());
        var stored = Assert.Single(await ReflectionsAsync());
        Assert.True(stored.Reflection is { Kind: ReflectionKind.Quick, IsCompleted: true, Label: "casus B" });
        Assert.NotNull(stored.FollowUpDue);
        var facts = await FactsAsync();
        Assert.Single(facts.OfType<ReflectionCompleted>());
        Assert.Single(facts.OfType<CourageousStepPlanned>());
    }

    [Fact]
    public async Task Klaar_PressedTwice_StoresOneReflection()
    {
        var card = await harness.SayAsync("korte reflectie");

        await DoneAsync(card, Valid);
        var again = CardOf(await DoneAsync(card, Valid));

        Assert.Contains("Reflectie klaar: casus B", Text(again), StringComparison.Ordinal);
        Assert.Single(await ReflectionsAsync());
        Assert.Single((await FactsAsync()).OfType<ReflectionCompleted>());
    }

    [Fact]
    public async Task Klaar_IdentifyingLabelAndPastDate_ComesBackWithTheAnswersKeptAndStoresNothing()
    {
        var card = await harness.SayAsync("korte reflectie");
        var answers = Valid.DeepClone().AsObject();
        answers["label"] = "mevrouw Jansen";
        answers["stepBy"] = "2027-02-01";

        var back = CardOf(await DoneAsync(card, answers));

        var text = Text(back);
        Assert.Contains("\"value\":\"mevrouw Jansen\"", text, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Weerstand,Zorgen\"", text, StringComparison.Ordinal);
        Assert.Equal(2, back["body"]!.AsArray().Single(b => b!["style"]?.GetValue<string>() == "attention")!["items"]!.AsArray().Count);
        Assert.Empty(await ReflectionsAsync());
    }

    [Fact]
    public async Task Verdiepen_OpensStepOneWithTheLabelAndCountsOnceWhenFinished()
    {
        var summary = CardOf(await DoneAsync(await harness.SayAsync("korte reflectie"), Valid));

        var step1 = CardOf(await harness.InvokeAsync("reflection.deepen", Action(summary, "reflection.deepen")["data"]!.DeepClone().AsObject()));

        Assert.Contains("Stap 1 van 8", Text(step1), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"casus B\"", Text(step1), StringComparison.Ordinal);
        Assert.False(Assert.Single(await ReflectionsAsync()).Reflection.IsCompleted);

        var done = Text(CardOf(await harness.CompleteAsync(step1)));

        Assert.Contains("Reflectie klaar: casus A", done, StringComparison.Ordinal);
        Assert.Contains("Kindcheck", done, StringComparison.Ordinal);
        Assert.Single((await FactsAsync()).OfType<ReflectionCompleted>());

        var again = CardOf(await harness.InvokeAsync("reflection.deepen", Action(summary, "reflection.deepen")["data"]!.DeepClone().AsObject()));
        Assert.Contains("verdiep je al", Text(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verdiepen_SomeoneElsesReflection_FindsNothing()
    {
        var summary = CardOf(await DoneAsync(await harness.SayAsync("korte reflectie"), Valid));

        var answer = await harness.InvokeAsync("reflection.deepen", Action(summary, "reflection.deepen")["data"]!.DeepClone().AsObject(), AnaId, AnaAad);

        Assert.Equal(404, answer["statusCode"]!.GetValue<int>());
        Assert.True(Assert.Single(await ReflectionsAsync()).Reflection.IsCompleted);
    }

    private Task<JsonObject> DoneAsync(JsonObject card, JsonObject answers, string locale = "nl-NL")
    {
        var data = Action(card, "reflection.quick")["data"]!.DeepClone().AsObject();
        foreach (var (key, value) in answers)
        {
            data[key] = value?.DeepClone();
        }

        return harness.InvokeAsync("reflection.quick", data, locale: locale);
    }

    private Task<IReadOnlyList<StoredReflection>> ReflectionsAsync() =>
        host.Services.GetRequiredService<ReflectionStore>().ListAsync(TestActivities.Tenant, TestActivities.UserAad, CancellationToken.None);

    private async Task<IReadOnlyList<TeamWeekFact>> FactsAsync() =>
        (await host.Services.GetRequiredService<TeamWeekFactStore>().GetWeekAsync(TestActivities.Tenant, TestActivities.TeamId, IsoWeek.Of(host.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")), CancellationToken.None)).Facts;
}
