using System.Text.Json;
using BreedBot.EndToEnd.Tests.Fixtures;

namespace BreedBot.EndToEnd.Tests;

/// <summary>
/// A whole reflection through the Microsoft 365 Agents Playground: 'reflectie' in the personal chat,
/// each step submitted with Action.Execute on the card (answered in place in the invoke response),
/// ending with the summary card; and 'korte reflectie', its three questions on one card, deepened into the eight steps.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionPlaygroundTests(BreedBotWithPlayground stack) : IClassFixture<BreedBotWithPlayground>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Kept private: the Playground's user is in no team with a duo partner.
    private static readonly Dictionary<int, Dictionary<string, object?>> Answers = new()
    {
        [1] = new() { ["label"] = "casus A", ["form"] = "ChildAbuse", ["children"] = "Yes" },
        [2] = new() { ["sources"] = "Angst,Zorgen", ["strength"] = "4", ["trigger"] = "De vader werd boos bij het vorige gesprek" },
        [3] = new() { ["effects"] = "Postpone" },
        [4] = new() { ["goals"] = "ChildSafety" },
        [5] = new() { ["helps"] = "KennisEnVaardigheden" },
        [6] = new() { ["stage"] = "Consultation", ["acute"] = "No", ["structural"] = "No" },
        [7] = new() { ["stepWhat"] = "Advies vragen bij Veilig Thuis", ["stepWith"] = "VeiligThuis", ["stepBy"] = "2030-01-15" },
        [8] = new() { ["share"] = "Private" },
    };

    private string ChatId => stack.Config.PersonalChat.Id;

    [Fact]
    public async Task Reflection_TypedThenEveryStepExecuted_EndsWithTheSummaryCard()
    {
        var (messageId, card) = await StartAsync();

        for (var step = 1; step <= 8; step++)
        {
            Assert.Contains(CardJson.OfType(card, "TextBlock"), b => CardJson.StringOf(b, "text") is { } t && (t.StartsWith($"Step {step} of 8", StringComparison.Ordinal) || t.StartsWith($"Stap {step} van 8", StringComparison.Ordinal)));
            var response = await stack.Client.ExecuteActionAsync(ChatId, messageId, "reflection.next", NextData(card, Answers[step]));
            Assert.Equal(AdaptiveCard, response.GetProperty("type").GetString());
            card = response.GetProperty("value");
        }

        var texts = CardJson.OfType(card, "TextBlock").Select(b => CardJson.StringOf(b, "text")).ToList();
        Assert.Contains(texts, t => t is "Reflection done: casus A" or "Reflectie klaar: casus A");
        Assert.Contains(texts, t => t?.Contains("(meldcode step 2)", StringComparison.Ordinal) == true || t?.Contains("(meldcode stap 2)", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Reflection_IdentifyingLabel_ComesBackWithTheTextKept()
    {
        var (messageId, card) = await StartAsync();

        var response = await stack.Client.ExecuteActionAsync(ChatId, messageId, "reflection.next", NextData(card, new() { ["label"] = "mevrouw Jansen", ["children"] = "No" }));

        card = response.GetProperty("value");
        Assert.Equal("mevrouw Jansen", CardJson.InputValue(card, "label"));
        Assert.NotEmpty(CardJson.AttentionTexts(card));
    }

    [Fact]
    public async Task LaterVerder_HalfFilledStep_ResumesWithWhatWasTyped()
    {
        var (messageId, card) = await StartAsync();
        card = (await stack.Client.ExecuteActionAsync(ChatId, messageId, "reflection.next", NextData(card, new() { ["label"] = "casus L", ["children"] = "No" }))).GetProperty("value");
        var typed = NextData(card, new() { ["sources"] = "Onzekerheid", ["strength"] = "", ["trigger"] = "Twijfel over het risico voor de kinderen" });

        var later = await stack.Client.ExecuteActionAsync(ChatId, messageId, "reflection.later", typed);
        Assert.Contains(CardJson.OfType(later.GetProperty("value"), "TextBlock"), b => CardJson.StringOf(b, "text") is "What you filled in on this step will be there again when you continue." or "Wat je op deze stap invulde, staat er weer als je verdergaat.");

        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "reflectie");
        var list = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.HasAdaptiveCard, Timeout, seen);
        var listCard = Assert.Single(list.Attachments, a => a.IsAdaptiveCard).Content;
        var resume = CardJson.OfType(listCard, "Action.Execute").First(a => CardJson.StringOf(a, "verb") == "reflection.resume" && a.GetProperty("data").GetProperty("reflectionId").GetString() == typed["reflectionId"]!.ToString());
        Assert.Equal("positive", CardJson.StringOf(resume, "style"));
        var resumed = (await stack.Client.ExecuteActionAsync(ChatId, list.MessageId, "reflection.resume", resume.GetProperty("data").Clone())).GetProperty("value");

        Assert.Equal("Onzekerheid", CardJson.InputValue(resumed, "sources"));
        Assert.Equal("Twijfel over het risico voor de kinderen", CardJson.InputValue(resumed, "trigger"));
    }

    [Fact]
    public async Task QuickReflection_TypedThenKlaar_CountsAsDoneAndDeepensIntoStepOne()
    {
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "korte reflectie");
        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.CardContains("A quick reflection"), Timeout, seen);
        var card = Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
        var done = CardJson.OfType(card, "Action.Execute").First(a => CardJson.StringOf(a, "verb") == "reflection.quick");
        var data = done.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        data["label"] = "casus Q";
        data["sources"] = "Onzekerheid";
        data["strength"] = "2";
        data["stepWhat"] = "Met mijn duopartner bespreken";
        data["stepWith"] = "DuoPartner";
        data["stepBy"] = "2030-01-15";

        var summary = (await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "reflection.quick", data)).GetProperty("value");

        Assert.Contains(CardJson.OfType(summary, "TextBlock"), b => CardJson.StringOf(b, "text") == "Reflection done: casus Q");
        var deepen = CardJson.OfType(summary, "Action.Execute").First(a => CardJson.StringOf(a, "verb") == "reflection.deepen");
        var deepenData = deepen.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

        var step1 = (await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "reflection.deepen", deepenData)).GetProperty("value");

        Assert.Contains(CardJson.OfType(step1, "TextBlock"), b => CardJson.StringOf(b, "text")?.StartsWith("Step 1 of 8", StringComparison.Ordinal) == true);
        Assert.Equal("casus Q", CardJson.InputValue(step1, "label"));
    }

    /// <summary>'reflectie' in the chat; when the other test left an open reflection, the list card's "new" starts another.</summary>
    private async Task<(string MessageId, JsonElement Card)> StartAsync()
    {
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "reflectie");
        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.HasAdaptiveCard, Timeout, seen);
        var card = Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
        if (CardJson.OfType(card, "Action.Execute").Any(a => CardJson.StringOf(a, "verb") == "reflection.new"))
        {
            card = (await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "reflection.new", new Dictionary<string, object?>())).GetProperty("value");
        }

        return (message.MessageId, card);
    }

    private static Dictionary<string, object?> NextData(JsonElement card, Dictionary<string, object?> answers)
    {
        var next = CardJson.OfType(card, "Action.Execute").First(a => CardJson.StringOf(a, "verb") == "reflection.next");
        var data = new Dictionary<string, object?>();
        foreach (var property in next.GetProperty("data").EnumerateObject())
        {
            data[property.Name] = property.Value.Clone();
        }

        foreach (var (key, value) in answers)
        {
            data[key] = value;
        }

        return data;
    }
}
