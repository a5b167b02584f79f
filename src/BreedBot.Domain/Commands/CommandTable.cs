namespace BreedBot.Domain.Commands;

/// <summary>
/// Every command, in the order the help card lists them. Adding a command is a name in <see cref="BotCommand"/>, a row
/// here, its handler and texts in its feature folder, and one line in that feature's registration; when the row has a
/// menu title, the Teams app manifest (deploy/appPackage/manifest.json and en.json) lists it too — a test holds the
/// manifest to this table.
/// </summary>
public static class CommandTable
{
    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        // Safety first: any of these alone opens the acute card, wherever it is typed.
        new(BotCommand.Acute, ["acuut", "acuut gevaar", "spoed", "nood", "noodgeval", "112", "gevaar", "acute", "acute danger", "emergency", "danger"], CommandPlace.Anywhere,
            new("Direct gevaar? Bel nu 112. Daarna Veilig Thuis en met spoed overleggen",
                "Direct danger? Call 112 now. Then Veilig Thuis and an urgent consult"))
        {
            // The words people reach for first; the others (nood, gevaar, danger …) work too.
            HelpKeyword = new("acuut · 112", "emergency · 112"),
            MenuTitle = new("acuut", "emergency"),
        },
        new(BotCommand.Help, ["help", "hulp", "?"], CommandPlace.Anywhere, new("Dit overzicht", "This overview"))
        {
            MenuTitle = new("hulp", "help"),
        },
        new(BotCommand.Join, ["doe mee", "join"], CommandPlace.PersonalChat, new("Meedoen met de duo's van je team", "Join the duos of your team"))
        {
            MenuTitle = new("doe mee", "join"),
        },
        new(BotCommand.Profile, ["profiel", "profile"], CommandPlace.PersonalChat, new("Je antwoorden bekijken en aanpassen", "See and change your answers"))
        {
            MenuTitle = new("profiel", "profile"),
        },
        new(BotCommand.Pause, ["pauze", "pause"], CommandPlace.PersonalChat, new("Even niet meedoen, tot en met die dag", "A break, up to and including that day"))
        {
            LeadWords = ["pauze tot", "pause until"],
            TakesArgument = true,
            // Examples, not "<datum>": card renderers swallow anything that looks like an HTML tag.
            HelpKeyword = new("pauze tot 1-3-2027", "pause until 1-3-2027"),
            MenuTitle = new("pauze", "pause"),
        },
        new(BotCommand.Stop, ["stop"], CommandPlace.PersonalChat, new("Niet meer meedoen", "Stop taking part"))
        {
            MenuTitle = new("stop", "stop"),
        },
        new(BotCommand.MyData, ["mijn gegevens", "my data"], CommandPlace.PersonalChat, new("Alles wat BreedBot over je bewaart", "Everything BreedBot keeps about you"))
        {
            MenuTitle = new("mijn gegevens", "my data"),
        },
        // Not in the menu, which holds 10: deleting is one click away on the "mijn gegevens" card, and typing it works.
        new(BotCommand.DeleteMyData, ["verwijder mijn gegevens", "delete my data"], CommandPlace.PersonalChat,
            new("Dat allemaal verwijderen (vraagt eerst)", "Delete all of it (asks first)")),
        new(BotCommand.MyDuo, ["duo", "my duo"], CommandPlace.PersonalChat, new("Je duopartner en jullie vaste moment", "Your duo partner and weekly moment"))
        {
            MenuTitle = new("duo", "my duo"),
        },
        // Typed, and on the help card: the menu is full. The same card comes by itself at the duo's weekly moment.
        new(BotCommand.DuoMoment, ["duo-moment", "duo moment", "duomoment", "duo talk"], CommandPlace.PersonalChat,
            new("De kaart voor jullie 15 minuten", "The card for your 15 minutes"))
        {
            HelpKeyword = new("duomoment", "duo talk"),
        },
        // Not in the menu: "acuut" took its place; a swap is asked for once a rotation at most, danger cannot wait.
        new(BotCommand.Swap, ["wissel", "swap"], CommandPlace.PersonalChat, new("Andere duopartner, eens per rotatie", "A different duo partner, once per rotation")),
        new(BotCommand.Meldcode, ["meldcode", "reporting code"], CommandPlace.PersonalChat,
            new("De vijf stappen en het afwegingskader", "The five steps and the afwegingskader"))
        {
            MenuTitle = new("meldcode", "reporting code"),
        },
        new(BotCommand.PairDuos, ["koppel duo's", "koppel duos", "pair duos"], CommandPlace.Channel, new("de duo's nu koppelen", "pair the duos now"))
        {
            OwnersOnly = true,
            MenuTitle = new("koppel duo's", "pair duos"),
            WhereToAsk = new("Duo's koppelen doe je in het kanaal van je team: '@BreedBot koppel duo's'.", "Pair duos in your team's channel: '@BreedBot pair duos'."),
        },
        new(BotCommand.Rotation, ["rotatie", "rotation"], CommandPlace.Channel,
            new("om de 4–26 weken opnieuw koppelen, of 'nooit'", "re-pair every 4–26 weeks, or 'never'"))
        {
            OwnersOnly = true,
            TakesArgument = true,
            HelpKeyword = new("rotatie 8", "rotation 8"),
            MenuTitle = new("rotatie", "rotation"),
            WhereToAsk = new(
                "Hoe vaak de duo's wisselen, stel je in in het kanaal van je team: '@BreedBot rotatie 8'.",
                "How often the duos are re-paired is set in your team's channel: '@BreedBot rotation 8'."),
        },
        new(BotCommand.Summary, ["overzicht", "summary"], CommandPlace.Channel, new("het weekoverzicht nu plaatsen", "post this week's summary now"))
        {
            OwnersOnly = true,
            MenuTitle = new("overzicht", "summary"),
            WhereToAsk = new("Het weekoverzicht vraag je op in het kanaal van je team: '@BreedBot overzicht'.", "Ask for the weekly summary in your team's channel: '@BreedBot summary'."),
        },
        new(BotCommand.Reflection, ["reflectie", "reflection"], CommandPlace.PersonalChat,
            new("Een casus overdenken in acht stappen", "Reflect on a case in eight short steps"))
        {
            MenuTitle = new("reflectie", "reflection"),
        },
        new(BotCommand.QuickReflection, ["korte reflectie", "quick reflection"], CommandPlace.PersonalChat,
            new("Drie vragen, voor een drukke dag", "Three questions, for a busy day")),
        // Came after the menu was full: it is typed, and on the help card.
        new(BotCommand.CourageStory, ["deel een moedig moment", "share a brave moment"], CommandPlace.PersonalChat,
            new("Anoniem in het weekoverzicht", "Anonymous, in the weekly summary")),
        new(BotCommand.Settings, ["instellingen", "settings"], CommandPlace.Channel,
            new("aandachtsfunctionaris, overzicht, bewaren", "summary, pairing, aandachtsfunctionaris, retention"))
        {
            OwnersOnly = true,
            MenuTitle = new("instellingen", "settings"),
            WhereToAsk = new("De instellingen van BreedBot open je in het kanaal van je team: '@BreedBot instellingen'.", "Open BreedBot's settings in your team's channel: '@BreedBot settings'."),
        },
        new(BotCommand.Status, ["status"], CommandPlace.Channel,
            new("wat deze en vorige week is bezorgd", "what reached people this week and last"))
        {
            OwnersOnly = true,
            MenuTitle = new("status", "status"),
            WhereToAsk = new("De status vraag je in het kanaal van je team: '@BreedBot status'.", "Ask for the status in your team's channel: '@BreedBot status'."),
        },
    ];

    private static readonly Dictionary<BotCommand, CommandSpec> ByCommand = All.ToDictionary(spec => spec.Command);

    /// <summary>The row of <paramref name="command"/>; null for <see cref="BotCommand.Unknown"/>.</summary>
    public static CommandSpec? Of(BotCommand command) => ByCommand.GetValueOrDefault(command);
}
