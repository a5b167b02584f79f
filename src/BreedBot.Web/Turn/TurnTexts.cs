using BreedBot.Domain.Commands;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Turn;

/// <summary>What a turn answers when no feature does: not understood, try again, an old button, the wrong place. Short, warm, "je".</summary>
public sealed record TurnTexts(string UnknownCommand, string TryAgainLater, string UnknownAction, string OnlyInPersonalChat, bool English)
{
    private static readonly TurnTexts Dutch = new(
        UnknownCommand: "Dat begrijp ik nog niet. Stuur 'help' en je ziet wat ik nu voor je kan doen.",
        TryAgainLater: "Sorry, er liep bij ons iets vast. Er is niets kwijtgeraakt; probeer het over een minuutje nog eens.",
        UnknownAction: "Die knop hoort bij een oudere kaart en werkt niet meer. Stuur 'help' voor wat je nu kunt doen.",
        OnlyInPersonalChat: "Dat houden we tussen ons: stuur het me in een persoonlijk bericht.",
        English: false);

    private static readonly TurnTexts EnglishTexts = new(
        UnknownCommand: "I don't understand that yet. Send 'help' to see what I can do for you now.",
        TryAgainLater: "Sorry, something got stuck on our side. Nothing was lost; please try again in a minute.",
        UnknownAction: "That button belongs to an older card and no longer works. Send 'help' to see what you can do now.",
        OnlyInPersonalChat: "Let's keep that between us: send it to me in a personal message.",
        English: true);

    public static TurnTexts For(UserLanguage language) => language == UserLanguage.English ? EnglishTexts : Dutch;

    /// <summary>A team command asked outside a team's channel: where to ask it, in words about what was asked.</summary>
    public string OnlyInChannel(BotCommand command) =>
        CommandTable.Of(command)?.WhereToAsk?.In(English) ?? throw new ArgumentOutOfRangeException(nameof(command), command, "not a channel command");
}
