using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>
/// Every bad submit of the issue through /api/messages: a clear message, the card back with what was
/// typed, and the stored reflection exactly as it was (same version, same document).
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionBadInputTests(AzuriteFixture azurite) : IAsyncLifetime
{
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
    public async Task Submit_ReflectionOfSomeoneElse_IsNotFoundAndChangesNothing()
    {
        var second = CardOf(await harness.SubmitAsync(await harness.SayAsync("reflectie"), Answers(1)));
        var before = await StoredAsync();
        var data = NextData(second);
        foreach (var (key, value) in Answers(2))
        {
            data[key] = value?.DeepClone();
        }

        var answer = await harness.InvokeAsync("reflection.next", data, AnaId, AnaAad);

        Assert.Equal(404, answer["statusCode"]!.GetValue<int>());
        Assert.Contains("Die reflectie kan ik voor jou niet vinden", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
        Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName));
    }

    [Fact]
    public async Task Submit_StepOutOfOrder_SaysSoAndShowsTheCurrentStep()
    {
        var second = CardOf(await harness.SubmitAsync(await harness.SayAsync("reflectie"), Answers(1)));
        var before = await StoredAsync();
        var data = NextData(second);
        data["step"] = 5;
        data["helps"] = "KennisEnVaardigheden";

        var card = Text(CardOf(await harness.InvokeAsync("reflection.next", data)));

        Assert.Contains("Die kaart hoort bij een andere stap; er is niets veranderd. Je bent bij stap 2.", card, StringComparison.Ordinal);
        Assert.Contains("Stap 2 van 8", card, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_SameStepTwice_SecondIsRefusedWithTheCurrentStep()
    {
        var first = await harness.SayAsync("reflectie");
        await harness.SubmitAsync(first, Answers(1));
        var before = await StoredAsync();

        var again = Text(CardOf(await harness.SubmitAsync(first, new JsonObject { ["label"] = "casus B", ["children"] = "No" })));

        Assert.Contains("Die stap was al verwerkt; er is niets veranderd. Je bent bij stap 2.", again, StringComparison.Ordinal);
        Assert.Contains("Stap 2 van 8", again, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
        Assert.Contains("casus A", before.Document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_UnknownChoice_NamesTheFieldKeepsTheTextAndStoresNothingOfTheStep()
    {
        var first = await harness.SayAsync("reflectie");
        var before = await StoredAsync();

        var card = Text(CardOf(await harness.SubmitAsync(first, new JsonObject { ["label"] = "casus Z", ["form"] = "Banaan", ["children"] = "Yes" })));

        Assert.Contains("Vorm van geweld: die keuze bestaat niet; kies er een uit de lijst.", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"casus Z\"", card, StringComparison.Ordinal);
        Assert.Contains("Stap 1 van 8", card, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
        Assert.DoesNotContain("casus Z", (await StoredAsync()).Document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_NextStepDateInThePast_AsksForTodayOrLater()
    {
        var card = await harness.SayAsync("reflectie");
        for (var step = 1; step <= 6; step++)
        {
            card = CardOf(await harness.SubmitAsync(card, Answers(step)));
        }

        var before = await StoredAsync();

        var answer = Text(CardOf(await harness.SubmitAsync(card, new JsonObject { ["stepWhat"] = "Bellen met de aandachtsfunctionaris", ["stepWith"] = "Aandachtsfunctionaris", ["stepBy"] = "2027-02-14" })));

        Assert.Contains("Datum: kies vandaag of een latere datum.", answer, StringComparison.Ordinal);
        Assert.Contains("Bellen met de aandachtsfunctionaris", answer, StringComparison.Ordinal);
        Assert.Contains("Stap 7 van 8", answer, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_TextOverTheLimit_SaysTheLimitAndKeepsTheText()
    {
        var first = await harness.SayAsync("reflectie");
        var before = await StoredAsync();
        var label = new string('x', 41);

        var card = Text(CardOf(await harness.SubmitAsync(first, new JsonObject { ["label"] = label, ["children"] = "No" })));

        Assert.Contains("Label: Houd dit kort: hoogstens 40 tekens.", card, StringComparison.Ordinal);
        Assert.Contains(label, card, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_IdentifyingText_IsRefusedWithTheTextKeptAndWhatToLeaveOut()
    {
        var second = CardOf(await harness.SubmitAsync(await harness.SayAsync("reflectie"), Answers(1)));
        var before = await StoredAsync();
        const string Trigger = "Mevrouw Jansen belde me vanaf 06-12345678";

        var card = Text(CardOf(await harness.SubmitAsync(second, new JsonObject { ["sources"] = "Angst", ["strength"] = "3", ["trigger"] = Trigger })));

        Assert.Contains(Trigger, card, StringComparison.Ordinal);
        Assert.Contains("Waardoor het komt: Dit kan ik niet bewaren: er staat een telefoonnummer en een naam", card, StringComparison.Ordinal);
        Assert.Contains("Je tekst staat er nog.", card, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
        Assert.DoesNotContain("Jansen", (await StoredAsync()).Document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "reflectie", "Dit kan ik niet bewaren: er staat een kenteken in.")]
    [InlineData("en-US", "reflection", "I can't keep this: it contains a licence plate.")]
    public async Task Submit_LicencePlate_IsRefusedNamingTheKindInTheUsersLanguage(string locale, string command, string explanation)
    {
        var first = await harness.SayAsync(command, locale);
        var before = await StoredAsync();
        const string Label = "auto 12-ABC-3";
        var data = NextData(first);
        data["label"] = Label;
        data["children"] = "No";

        var card = Text(CardOf(await harness.InvokeAsync("reflection.next", data, locale: locale)));

        Assert.Contains(explanation, card, StringComparison.Ordinal);
        Assert.Contains(Label, card, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task Submit_LabelOfInvisibleCharacters_IsRefusedAsEmpty()
    {
        var first = await harness.SayAsync("reflectie");
        var before = await StoredAsync();

        var card = Text(CardOf(await harness.SubmitAsync(first, new JsonObject { ["label"] = "\u200B\u2800\u00AD", ["children"] = "No" })));

        Assert.Contains("Label: vul dit nog in.", card, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    [Fact]
    public async Task FollowUp_UnknownOutcomeAndPastDate_CardBackAndNothingCounted()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        var id = JsonNode.Parse((await StoredAsync()).Document)!["Id"]!.GetValue<string>();
        var before = await StoredAsync();
        var data = new JsonObject { ["reflectionId"] = id, ["round"] = "0", ["outcome"] = "Misschien", ["newWhat"] = "Opnieuw proberen", ["newBy"] = "2027-01-01" };

        var card = Text(CardOf(await harness.InvokeAsync("reflection.followup", data)));

        Assert.Contains("Stap gezet: die keuze bestaat niet; kies er een uit de lijst.", card, StringComparison.Ordinal);
        Assert.Contains("Datum: kies vandaag of een latere datum.", card, StringComparison.Ordinal);
        Assert.Contains("Opnieuw proberen", card, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }

    private static JsonObject Answers(int step) => ValidAnswers[step].DeepClone().AsObject();

    private async Task<(string Document, string ETag)> StoredAsync()
    {
        var row = Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName));
        return (row.GetString("Document"), row.ETag.ToString());
    }
}
