using System.Text.Json.Nodes;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// "Acuut gevaar" on the cards BreedBot really sends: each opens the acute card, and the card offers the way back
/// to a reflection only to that reflection's author.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class AcuteButtonTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AcuteOpen_FromThePartnersSharedReflection_HasNoWayBackToTheAuthorsReflection()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        var harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        var shared = Assert.Single(harness.SharedCards()).Json!["attachments"]![0]!["content"]!;
        var acute = ReflectionHarness.Action(shared, "acute.open");

        var answer = await harness.InvokeAsync("acute.open", acute["data"]!.DeepClone().AsObject(), ReflectionHarness.AnaId, ReflectionHarness.AnaAad);

        var card = ReflectionHarness.CardOf(answer);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        Assert.Contains("Bel nu 112", ReflectionHarness.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain(ReflectionHarness.Actions(card), a => a["verb"]!.GetValue<string>() == "reflection.resume");
        Assert.DoesNotContain("reflectie kun je daarna", ReflectionHarness.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcuteOpen_CarryingSomeoneElsesReflectionId_HasNoWayBack()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        var harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
        var step = await harness.SayAsync("reflectie");
        var authorsId = ReflectionHarness.NextData(step)["reflectionId"]!.GetValue<string>();

        var answer = await harness.InvokeAsync("acute.open", new JsonObject { ["reflectionId"] = authorsId }, ReflectionHarness.AnaId, ReflectionHarness.AnaAad);

        var card = ReflectionHarness.CardOf(answer);
        Assert.DoesNotContain(ReflectionHarness.Actions(card), a => a["verb"]!.GetValue<string>() == "reflection.resume");
        Assert.DoesNotContain(authorsId, ReflectionHarness.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcuteOpen_FromTheirOwnOpenReflection_LeadsBackToIt()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        var harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
        var step = await harness.SayAsync("reflectie");
        var acute = ReflectionHarness.Action(step, "acute.open")["data"]!.DeepClone().AsObject();

        var card = ReflectionHarness.CardOf(await harness.InvokeAsync("acute.open", acute));
        var back = ReflectionHarness.Action(card, "reflection.resume");
        var resumed = await harness.InvokeAsync("reflection.resume", back["data"]!.DeepClone().AsObject());

        Assert.Contains("reflectie kun je daarna", ReflectionHarness.Text(card), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", resumed["type"]!.GetValue<string>());
        Assert.Contains("Stap 1 van 8", ReflectionHarness.Text(ReflectionHarness.CardOf(resumed)), StringComparison.Ordinal);
    }
}
