using System.Text.Json;
using BreedBot.EndToEnd.Tests.Fixtures;

namespace BreedBot.EndToEnd.Tests;

/// <summary>
/// The acute path's ways in through the Agents Playground (which speaks en-US): each typed word, danger said in
/// passing, and the button on the help card — here for someone in no team yet, so with nobody to ask.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class AcutePlaygroundTests(BreedBotWithPlayground stack) : IClassFixture<BreedBotWithPlayground>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private string ChatId => stack.Config.PersonalChat.Id;

    [Theory]
    [InlineData("acuut")]
    [InlineData("Spoed")]
    [InlineData("nood")]
    [InlineData("noodgeval")]
    [InlineData("112")]
    [InlineData("gevaar")]
    [InlineData("ACUTE")]
    [InlineData("emergency")]
    [InlineData("danger!")]
    public async Task SendMessageAsync_AcuteWord_AnswersWithTheAcuteCardNumbersFirst(string word)
    {
        var seen = stack.Client.ReceivedCount;

        await stack.Client.SendMessageAsync(ChatId, word);

        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.CardContains("Call 112 now"), Timeout, seen);
        var card = Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
        Assert.Equal(["Direct danger? Call 112 now.", "Veilig Thuis: 0800\u20112000, free, day and night, for advice or a report."], Texts(card).Take(2));
        // In no team yet: nobody to ask, so no consult button, and Veilig Thuis for advice.
        Assert.Contains("You're not in a team with BreedBot yet, so there is nobody I can ask urgently for you.", Texts(card));
        Assert.Contains("Call Veilig Thuis for advice — also when in doubt.", Texts(card));
        Assert.DoesNotContain("acute.consult", Verbs(card));
    }

    [Theory]
    [InlineData("the child is not safe at home")]
    [InlineData("hij heeft een mes")]
    public async Task SendMessageAsync_SentenceThatSpeaksOfDanger_NumbersOnTheFirstTwoLinesThenTheUsualHelp(string text)
    {
        var seen = stack.Client.ReceivedCount;

        await stack.Client.SendMessageAsync(ChatId, text);

        var reply = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.CardContains("Call 112 now"), Timeout, seen);
        var lines = Texts(Assert.Single(reply.Attachments, a => a.IsAdaptiveCard).Content);
        Assert.Equal("Direct danger? Call 112 now.", lines[0]);
        Assert.StartsWith("Veilig Thuis: 0800\u20112000", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("I don't understand that yet.", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteActionAsync_AcuteDangerOnTheHelpCard_OpensTheAcuteCardInPlace()
    {
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "help");
        var help = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && ExpectedTitles.Help.Any(m.CardContains), Timeout, seen);
        var acute = LastAction(Assert.Single(help.Attachments, a => a.IsAdaptiveCard).Content);

        var response = await stack.Client.ExecuteActionAsync(ChatId, help.MessageId, "acute.open", Data(acute));

        Assert.Equal("acute.open", CardJson.StringOf(acute, "verb"));
        Assert.Equal("none", CardJson.StringOf(acute, "associatedInputs"));
        Assert.Equal(AdaptiveCard, response.GetProperty("type").GetString());
        Assert.Equal("Direct danger? Call 112 now.", Texts(response.GetProperty("value"))[0]);
    }

    internal static JsonElement LastAction(JsonElement card)
    {
        var actions = card.GetProperty("actions");
        return actions[actions.GetArrayLength() - 1];
    }

    internal static Dictionary<string, object?> Data(JsonElement action) =>
        action.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    internal static List<string> Texts(JsonElement card) => [.. CardJson.OfType(card, "TextBlock").Select(b => CardJson.StringOf(b, "text") ?? "")];

    internal static List<string> Verbs(JsonElement card) =>
        card.TryGetProperty("actions", out var actions) ? [.. actions.EnumerateArray().Select(a => CardJson.StringOf(a, "verb") ?? "")] : [];
}
