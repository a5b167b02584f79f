namespace BreedBot.Web.Localization;

/// <summary>The plain-text replies BreedBot sends, in one language. Short, warm, "je".</summary>
public sealed record BotTexts(string UnknownCommand, string TryAgainLater, string UnknownAction, string OnlyInPersonalChat, string OnlyInChannel)
{
    private static readonly BotTexts Dutch = new(
        UnknownCommand: "Dat begrijp ik nog niet. Stuur 'help' en je ziet wat ik nu voor je kan doen.",
        TryAgainLater: "Sorry, er liep bij ons iets vast. Er is niets kwijtgeraakt; probeer het over een minuutje nog eens.",
        UnknownAction: "Die knop hoort bij een oudere kaart en werkt niet meer. Stuur 'help' voor wat je nu kunt doen.",
        OnlyInPersonalChat: "Dat houden we tussen ons: stuur het me in een persoonlijk bericht.",
        OnlyInChannel: "Duo's koppelen doe je in het kanaal van je team: '@BreedBot koppel duo's'.");

    private static readonly BotTexts English = new(
        UnknownCommand: "I don't understand that yet. Send 'help' to see what I can do for you now.",
        TryAgainLater: "Sorry, something got stuck on our side. Nothing was lost; please try again in a minute.",
        UnknownAction: "That button belongs to an older card and no longer works. Send 'help' to see what you can do now.",
        OnlyInPersonalChat: "Let's keep that between us: send it to me in a personal message.",
        OnlyInChannel: "Pair duos in your team's channel: '@BreedBot pair duos'.");

    public static BotTexts For(UserLanguage language) => language == UserLanguage.English ? English : Dutch;
}
