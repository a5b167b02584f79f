using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>What is stored of typed text: cleaned of what hides, counted as a person counts.</summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionFreeTextTests(AzuriteFixture azurite) : IAsyncLifetime
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
    public async Task Submit_LabelWithHiddenCharacters_IsStoredWithoutThem()
    {
        var first = await harness.SayAsync("reflectie");

        var card = Text(CardOf(await harness.SubmitAsync(first, new JsonObject { ["label"] = "casus\u200B B\u2060\u202E", ["children"] = "No" })));

        Assert.Contains("Stap 2 van 8", card, StringComparison.Ordinal);
        var document = Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName)).GetString("Document");
        Assert.Contains("\"casus B\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u200B", document, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u202E", document, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Submit_FortyEmojiLabel_IsAccepted()
    {
        var first = await harness.SayAsync("reflectie");
        var label = string.Concat(Enumerable.Repeat("🌧️", 40));

        var card = Text(CardOf(await harness.SubmitAsync(first, new JsonObject { ["label"] = label, ["children"] = "No" })));

        Assert.Contains("Stap 2 van 8", card, StringComparison.Ordinal);
        Assert.DoesNotContain("hoogstens 40 tekens", card, StringComparison.Ordinal);
    }
}
