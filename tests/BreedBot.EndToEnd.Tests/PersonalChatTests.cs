using BreedBot.EndToEnd.Tests.Fixtures;

namespace BreedBot.EndToEnd.Tests;

[Collection(SharedAzurite.Name)]
public sealed class PersonalChatTests(BreedBotWithPlayground stack) : IClassFixture<BreedBotWithPlayground>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private string ChatId => stack.Config.PersonalChat.Id;

    [Fact]
    public async Task SendMessageAsync_Help_BotAnswersWithHelpCard()
    {
        var seen = stack.Client.ReceivedCount;

        await stack.Client.SendMessageAsync(ChatId, "help");

        var card = await stack.Client.WaitForMessageAsync(
            m => m.IsIn(ChatId) && ExpectedTitles.Help.Any(m.CardContains), Timeout, seen);
        Assert.Equal(stack.Config.Bot.Id, card.FromId);
    }

    [Fact]
    public async Task SendMessageAsync_Help_PersonalCommandsFirstThenTheOwnersInTheirOwnSection()
    {
        var seen = stack.Client.ReceivedCount;

        await stack.Client.SendMessageAsync(ChatId, "help");

        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && ExpectedTitles.Help.Any(m.CardContains), Timeout, seen);
        var card = Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
        var factSets = CardJson.OfType(card, "FactSet").Select(f => f.GetProperty("facts").EnumerateArray().Select(x => CardJson.StringOf(x, "title")).ToList()).ToList();
        Assert.Equal(2, factSets.Count);
        Assert.Equal("emergency · 112", factSets[0][0]);
        Assert.Contains("profile", factSets[0]);
        Assert.Equal(["pair duos", "rotation 8", "summary", "settings", "status"], factSets[1]);
        Assert.Contains(CardJson.OfType(card, "TextBlock"), b => CardJson.StringOf(b, "text") == "For team owners, in the channel with @BreedBot");
    }

    [Fact]
    public async Task SendMessageAsync_UnknownText_BotAnswersWithTextOnly()
    {
        var seen = stack.Client.ReceivedCount;

        await stack.Client.SendMessageAsync(ChatId, "blauwe olifant");
        var reply = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId), Timeout, seen);

        // A card sent with the same activity streams right behind its text. A second unknown text
        // and its answer act as a barrier: everything of the first answer has arrived by then.
        var afterReply = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "paarse giraf");
        await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && !string.IsNullOrWhiteSpace(m.Text), Timeout, afterReply);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.False(reply.HasAdaptiveCard);
        Assert.DoesNotContain(stack.Client.Received.Skip(seen), m => m.IsIn(ChatId) && m.HasAdaptiveCard);
    }
}
