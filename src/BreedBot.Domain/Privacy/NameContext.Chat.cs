namespace BreedBot.Domain.Privacy;

/// <summary>The word classes around a name in chat-style text: closings and mentions, speakers, shops, family nicknames.</summary>
internal static partial class NameContext
{
    /// <summary>Verbs of saying with the speaker after them: "dat zei fleur", "volgens mij vroeg mark het al".</summary>
    public static readonly WordSet SayingVerbs = new() { "zei", "zegt", "zeiden", "vertelde", "vertelt", "vroeg", "vraagt", "riep", "roept", "appte", "appt", "schreef", "mailde" };

    /// <summary>Closing words of a chat message before the writer's name: "groet, Jurgen", "gr. Annemiek", "cheers, Tom".</summary>
    public static readonly WordSet Closings = new()
    {
        "gr", "grt", "groet", "groeten", "groetjes", "liefs", "mvg", "vg", "dank", "bedankt", "thx", "thanks", "cheers", "regards", "best", "doei", "xx", "xxx",
    };

    /// <summary>Whom a Teams mention addresses when it names no one: "@team", "@iedereen".</summary>
    public static readonly WordSet Audiences = new() { "team", "teams", "iedereen", "allen", "all", "everyone", "channel", "kanaal", "here", "hier", "duo", "duo's", "wijkteam" };

    /// <summary>Shops people call by a first name after "de": "naar de Dirk", "bij de Appie" (a person takes no "de").</summary>
    public static readonly WordSet ShopsByName = new() { "dirk", "appie", "coop", "plus", "spar", "vomar", "hoogvliet", "jumbo", "poiesz", "boni" };

    /// <summary>After "is" in an English definition of a thing: "Hope is what …", "Faith is a big word" ("Roos is boos" names her).</summary>
    public static readonly WordSet EnglishDefiners = new() { "a", "an", "the", "what", "all", "everything", "something", "nothing", "how", "why", "where" };

    /// <summary>Grandparents, aunts and uncles, named by what the family calls them: after these any capitalised word is a name ("oma Bets", "ome Ton").</summary>
    public static readonly WordSet CloseKin = new() { "oma", "opa", "ome", "oom", "omi", "opoe", "tante", "tantie", "nonkel", "bomma", "bompa" };
}
