using System.Text.Json;
using BreedBot.EndToEnd.Tests.Fixtures;

namespace BreedBot.EndToEnd.Tests;

/// <summary>
/// 'profiel' through the Agents Playground: the profile card (not the invitation), its form, and 'Stop' that asks
/// first. The Playground's user joins from the invitation BreedBot sent when it was installed in the team.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ProfilePlaygroundTests(BreedBotInstalledInTeam stack) : IClassFixture<BreedBotInstalledInTeam>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private string ChatId => stack.Config.PersonalChat.Id;

    [Fact]
    public async Task Profiel_AfterJoining_ProfileCardWithAnswersPauseAndStopThatAsksFirst()
    {
        await stack.Client.ExecuteActionAsync(ChatId, stack.Invitation.MessageId, "join.submit", new Dictionary<string, object?>
        {
            ["teamId"] = stack.TeamId, ["role"] = "Poh", ["cluster"] = "Arts", ["day"] = "Thursday", ["time"] = "10:15",
        });

        var (messageId, card) = await SayAsync("profiel");

        Assert.Contains(Texts(card), t => t == $"Your profile in {stack.Team.Name}");
        Assert.Contains(Texts(card), t => t == "You take part in the duos.");
        Assert.Contains(CardJson.Objects(card), o => CardJson.StringOf(o, "value") == "Thursday 10:15");
        Assert.Equal(["profile.edit", "profile.stop", "acute.open"], Verbs(card));
        Assert.Contains(CardJson.OfType(card, "Action.ShowCard"), a => CardJson.StringOf(a, "title") == "Pause");
        Assert.DoesNotContain("join.decline", card.GetRawText(), StringComparison.Ordinal);

        var question = await ExecuteAsync(messageId, "profile.stop");
        Assert.Contains(Texts(question), t => t == $"Stop taking part in the duos of {stack.Team.Name}?");
        Assert.Equal(["profile.stop.confirm", "profile.show", "acute.open"], Verbs(question));

        var back = await ExecuteAsync(messageId, "profile.show");
        Assert.Contains(Texts(back), t => t == "You take part in the duos.");

        var form = await ExecuteAsync(messageId, "profile.edit");
        Assert.Equal("10:15", CardJson.InputValue(form, "time"));
        Assert.Equal(["profile.save", "profile.show", "acute.open"], Verbs(form));
    }

    private async Task<(string MessageId, JsonElement Card)> SayAsync(string text)
    {
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, text);
        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.HasAdaptiveCard, Timeout, seen);
        return (message.MessageId, Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content);
    }

    private async Task<JsonElement> ExecuteAsync(string messageId, string verb)
    {
        var response = await stack.Client.ExecuteActionAsync(ChatId, messageId, verb, new Dictionary<string, object?> { ["teamId"] = stack.TeamId });
        Assert.Equal(AdaptiveCard, response.GetProperty("type").GetString());
        return response.GetProperty("value");
    }

    private static List<string?> Texts(JsonElement card) => [.. CardJson.OfType(card, "TextBlock").Select(b => CardJson.StringOf(b, "text"))];

    /// <summary>The card's own buttons (the pause button sits inside the "Pause" show-card).</summary>
    private static List<string?> Verbs(JsonElement card) =>
        [.. card.GetProperty("actions").EnumerateArray().Where(a => CardJson.StringOf(a, "type") == "Action.Execute").Select(a => CardJson.StringOf(a, "verb"))];
}
