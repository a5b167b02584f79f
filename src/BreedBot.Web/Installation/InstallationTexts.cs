using BreedBot.Web.Localization;

namespace BreedBot.Web.Installation;

/// <summary>
/// The welcomes — in a team's channel and in a person's chat — and what "mijn gegevens" says of the chat's address,
/// Dutch and English side by side. Names only what exists; what BreedBot grows into is said as such.
/// </summary>
internal sealed class InstallationTexts(bool en)
{
    public static InstallationTexts For(UserLanguage language) => new(language == UserLanguage.English);

    /// <summary>The language a welcome card was posted in, carried by its button ("nl" or "en").</summary>
    public string LanguageTag => en ? "en" : "nl";

    /// <summary>Content-free: never a name, a team or anything else; the lock screen shows it.</summary>
    public string WelcomeSummary => en ? "BreedBot: welcome" : "BreedBot: welkom";

    public string TeamTitle => en ? "Welcome to BreedBot" : "Welkom bij BreedBot";

    public string TeamIntro => en
        ? "BreedBot is here for peer consultation on domestic violence and child abuse. \"Maak het breed\": share a hard case instead of carrying it alone."
        : "BreedBot is er voor collegiale consultatie bij huiselijk geweld en kindermishandeling. Maak het breed: een zware casus draag je niet alleen.";

    public string TeamGrowing => en
        ? "Everyone in this team gets a personal invitation to fixed duos: a short weekly moment with a colleague to discuss a case or look back. Joining is voluntary. Whoever joins can also reflect briefly on a case ('reflection'), walk through the meldcode ('reporting code') and share a brave moment. Every week a summary without names is posted in this channel."
        : "Iedereen in dit team krijgt een persoonlijke uitnodiging voor vaste duo's: met een collega een kort moment per week om een casus te bespreken of terug te kijken. Meedoen is vrijwillig. Wie meedoet, kan ook kort reflecteren op een casus ('reflectie'), de meldcode erbij pakken ('meldcode') en een moedig moment delen. Elke week komt hier een overzicht, zonder namen.";

    public string StoresHeading => en ? "What BreedBot stores" : "Wat BreedBot bewaart";

    public string[] Stores => en
        ?
        [
            "This team's name and id.",
            "The address of this channel, so it can post here.",
            "Of those who join: role, professional group, preferred moment, and whom they'd rather not be paired with (only they see that).",
            "Who forms a duo with whom, and of each week's duo moment whether it was held, moved or skipped.",
            "Reflections: only their author sees them, and the duo partner when the author shares one. Deleted after the team's retention period.",
            "Brave moments someone shared for the weekly summary, until the summary shows them without a name.",
            "Counts per week for the summary, never names.",
        ]
        :
        [
            "De naam en het id van dit team.",
            "Het adres van dit kanaal, om hier berichten te kunnen plaatsen.",
            "Van wie meedoet: rol, beroepsgroep, voorkeursmoment, en met wie liever niet (dat ziet alleen die persoon zelf).",
            "Wie met wie een duo vormt, en per week of het duomoment gehouden, verzet of overgeslagen is.",
            "Reflecties: alleen wie ze schrijft ziet ze, en de duopartner als die ermee gedeeld wordt. Verwijderd na de bewaartermijn van het team.",
            "Moedige momenten die iemand deelt voor het weekoverzicht, tot het overzicht ze zonder naam toont.",
            "Aantallen per week voor het overzicht, nooit namen.",
        ];

    public string NeverStoresHeading => en ? "What BreedBot never stores" : "Wat BreedBot nooit bewaart";

    public string[] NeverStores => en
        ?
        [
            "Client names or anything else that identifies a client.",
            "Case files or case notes. BreedBot is not a case file: those stay in your own client system.",
        ]
        :
        [
            "Namen van cliënten of andere gegevens waaraan een cliënt te herkennen is.",
            "Dossiers of verslagen van een casus. BreedBot is geen dossier: dat blijft in jullie eigen cliëntsysteem.",
        ];

    public string StartHeading => en ? "How to start" : "Zo begin je";

    public string StartText => en
        ? "Join through your personal invitation. Owners pair the duos with the button below or with '@BreedBot pair duos'. Send BreedBot 'help' for everything it can do."
        : "Doe mee via je persoonlijke uitnodiging. Eigenaren koppelen de duo's met de knop hieronder of met '@BreedBot koppel duo's'. Stuur BreedBot 'help' voor alles wat kan.";

    public string PairTitle => en ? "Pair duos (owners)" : "Koppel duo's (eigenaren)";

    public string Greeting => en ? "Hi" : "Hoi";

    public string PersonalIntro => en
        ? "I'm BreedBot. I help you share a hard case instead of carrying it alone: \"maak het breed\"."
        : "Ik ben BreedBot. Ik help je om een zware casus niet alleen te dragen: maak het breed.";

    public string PersonalNextStep => en
        ? "Send me 'help' to see what I can do for you now."
        : "Stuur me 'help' en je ziet wat ik nu voor je kan doen.";

    public string PersonalPrivacy => en
        ? "Never share client names or anything else that identifies a client here."
        : "Deel hier nooit namen of andere gegevens waaraan een cliënt te herkennen is.";

    public string ChatAddressTitle => en ? "Chat address" : "Chatadres";

    public string ChatAddress(string since) => en
        ? $"The address of this chat, so BreedBot can message you (since {since})."
        : $"Het adres van deze chat, zodat BreedBot je berichten kan sturen (sinds {since}).";

    public string ChatLanguage(string locale) => en
        ? $" Your Teams language ({locale}), so a message from BreedBot can speak it."
        : $" Je Teams-taal ({locale}), zodat een bericht van BreedBot die kan spreken.";
}
