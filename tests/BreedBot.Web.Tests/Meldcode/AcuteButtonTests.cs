using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>
/// "Acuut gevaar" on the cards BreedBot really sends: each opens the acute card, and the card offers the way back
/// to a reflection only to that reflection's author.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class AcuteButtonTests(AzuriteFixture azurite)
{
    /// <summary>The personal-chat cards the scenario below must have seen, by their content-free summary.</summary>
    private static readonly string[] Expected =
    [
        "BreedBot: hulp", "BreedBot: welkom", "BreedBot: doe mee met duo's", "BreedBot: je duo", "BreedBot: je duomoment",
        "BreedBot: bericht", "BreedBot: je gegevens", "BreedBot: bevestig even", "BreedBot: de meldcode", "BreedBot: reflectie",
        "BreedBot: moedig moment",
    ];

    [Fact]
    public async Task AcuteButton_OnEveryCardBreedBotSendsToAPersonalChat_IsLastAndOpensTheAcuteCard()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        var duo = new ReminderHarness(host);
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await duo.SetUpDuoAsync();
        foreach (var (text, i) in new[] { "help", "doe mee", "profiel", "duo", "mijn gegevens", "verwijder mijn gegevens", "meldcode", "reflectie", "deel een moedig moment" }.Select((t, i) => (t, i)))
        {
            await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, text, id: $"card-{i}"));
        }

        await duo.AtAsync(ReminderHarness.Moment.AddMinutes(1));
        await duo.AtAsync(ReminderHarness.Moment.AddDays(1).AddMinutes(1));

        var cards = host.Connector.Requests
            .Where(r => r.Method == "POST" && !r.Path.Contains(TestActivities.TeamId, StringComparison.Ordinal) && r.Json?["attachments"] is JsonArray)
            .Select(r => (Summary: r.Json!["summary"]!.GetValue<string>(), Card: r.Json["attachments"]![0]!["content"]!.AsObject()))
            .ToList();
        Assert.All(Expected, summary => Assert.Contains(cards, c => c.Summary == summary));
        foreach (var (summary, card) in cards)
        {
            var last = card["actions"]!.AsArray()[^1]!;
            Assert.True(last["verb"]?.GetValue<string>() == "acute.open", summary);
            var answer = await PressAsync(host, last["data"]!.DeepClone().AsObject());
            Assert.Equal("Direct gevaar? Bel nu 112.", answer["body"]![0]!["text"]!.GetValue<string>());
            Assert.Contains("je duopartner Ana Jansen", ReflectionHarness.Text(answer), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AcuteButton_OnTheTeamWelcomeInTheChannel_ShowsWhoOnlyToWhoPresses()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        var duo = new ReminderHarness(host);
        await duo.SetUpDuoAsync();
        var welcome = host.Connector.Requests.First(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == "BreedBot: welkom").Json!["attachments"]![0]!["content"]!;
        var acute = welcome["actions"]!.AsArray()[^1]!;
        var activity = TestActivities.CardAction(host.ServiceUrl, "acute.open");
        activity["conversation"] = new JsonObject { ["id"] = TestActivities.TeamId, ["conversationType"] = "channel", ["tenantId"] = TestActivities.Tenant };
        activity["value"]!["action"]!["data"] = acute["data"]!.DeepClone();

        var answer = JsonNode.Parse(await (await host.PostAsync(activity)).Content.ReadAsStringAsync())!;

        Assert.Equal("acute.open", acute["verb"]!.GetValue<string>());
        Assert.Contains("je duopartner Ana Jansen", ReflectionHarness.Text(answer["value"]!), StringComparison.Ordinal);
    }
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

    private static async Task<JsonObject> PressAsync(BotHost host, JsonObject data)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "acute.open");
        data["verb"] = "acute.open";
        activity["value"]!["action"]!["data"] = data;
        var answer = JsonNode.Parse(await (await host.PostAsync(activity)).Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        return answer["value"]!.AsObject();
    }
}
