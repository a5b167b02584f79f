using BreedBot.Domain.Commands;

namespace BreedBot.Web.Localization;

/// <summary>The plain-text replies BreedBot sends, in one language. Short, warm, "je".</summary>
public sealed record BotTexts(
    string UnknownCommand, string TryAgainLater, string UnknownAction, string OnlyInPersonalChat, string SentPrivately, string CannotReachPrivately, bool English)
{
    private static readonly BotTexts Dutch = new(
        UnknownCommand: "Dat begrijp ik nog niet. Stuur 'help' en je ziet wat ik nu voor je kan doen.",
        TryAgainLater: "Sorry, er liep bij ons iets vast. Er is niets kwijtgeraakt; probeer het over een minuutje nog eens.",
        UnknownAction: "Die knop hoort bij een oudere kaart en werkt niet meer. Stuur 'help' voor wat je nu kunt doen.",
        OnlyInPersonalChat: "Dat houden we tussen ons: stuur het me in een persoonlijk bericht.",
        SentPrivately: "Dat stuur ik je persoonlijk.",
        CannotReachPrivately: "Ik kan je geen persoonlijk bericht sturen. Voeg BreedBot toe in je chat (Apps → BreedBot → Toevoegen) en vraag het dan opnieuw.",
        English: false);

    private static readonly BotTexts EnglishTexts = new(
        UnknownCommand: "I don't understand that yet. Send 'help' to see what I can do for you now.",
        TryAgainLater: "Sorry, something got stuck on our side. Nothing was lost; please try again in a minute.",
        UnknownAction: "That button belongs to an older card and no longer works. Send 'help' to see what you can do now.",
        OnlyInPersonalChat: "Let's keep that between us: send it to me in a personal message.",
        SentPrivately: "I'll send you that in a personal message.",
        CannotReachPrivately: "I can't send you a personal message. Add BreedBot in your chat (Apps → BreedBot → Add) and then ask again.",
        English: true);

    public static BotTexts For(UserLanguage language) => language == UserLanguage.English ? EnglishTexts : Dutch;

    /// <summary>The first line of a private answer to something asked in a team's channel.</summary>
    public string AboutTeam(string? teamName) => string.IsNullOrWhiteSpace(teamName)
        ? (English ? "About your team:" : "Over je team:")
        : (English ? $"About {teamName.Trim()}:" : $"Over {teamName.Trim()}:");

    /// <summary>A team command asked outside a team's channel: where to ask it, in words about what was asked.</summary>
    public string OnlyInChannel(BotCommand command) =>
        CommandTable.Of(command)?.WhereToAsk?.In(English) ?? throw new ArgumentOutOfRangeException(nameof(command), command, "not a channel command");
}
