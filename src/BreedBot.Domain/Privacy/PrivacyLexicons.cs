namespace BreedBot.Domain.Privacy;

/// <summary>
/// The guard's lexicons, loaded from the assembly once, on first use, and shared by every check.
/// Sources, versions and licences: tools/lexicons/README.md and the README's Privacy section.
/// </summary>
internal static class PrivacyLexicons
{
    /// <summary>Dutch words as OpenTaal spells them, lowercase entries only (the capitalised ones are proper nouns).</summary>
    public static Lexicon Words => Loaded.Words;

    /// <summary>English words (SCOWL), lowercase entries: a reflection written in English names no one by its words.</summary>
    public static Lexicon EnglishWords => Loaded.EnglishWords;

    /// <summary>First names given in the Netherlands and Belgium, and common ones of the countries Dutch clients come from.</summary>
    public static Lexicon FirstNames => Loaded.FirstNames;

    /// <summary>Family names registered in the Netherlands (Meertens, 2007, five bearers or more), in natural order: "de jong".</summary>
    public static Lexicon Surnames => Loaded.Surnames;

    /// <summary>The thousand most common of them: a name even where it is also a word ("Bakker", "Visser").</summary>
    public static Lexicon CommonSurnames => Loaded.CommonSurnames;

    /// <summary>The tussenvoegsels and other particles before a surname's core: "van", "der", "'t", "el".</summary>
    public static Lexicon Particles => Loaded.Particles;

    /// <summary>Places (BAG woonplaatsen, gemeenten, provinces) and the adjectives of places and peoples (Marokkaanse, Pools).</summary>
    public static Lexicon Places => Loaded.Places;

    /// <summary>The places, and OpenTaal's other capitalised words that are no name in the name lists (countries, organisations, brands).</summary>
    public static Lexicon ProperNouns => Loaded.ProperNouns;

    /// <summary>Street and other public-space names (BAG openbare ruimte).</summary>
    public static Lexicon Streets => Loaded.Streets;

    /// <summary>Languages, countries and territories, months and weekdays in Dutch and English (Unicode CLDR): "Engels", "Dari", "Monday".</summary>
    public static Lexicon LocaleNames => Loaded.LocaleNames;

    /// <summary>OpenTaal's capitalised words that it also spells with a possessive ("Wytske", "Wytskes"): people's names the name lists lack.</summary>
    public static Lexicon PersonalNames => Loaded.PersonalNames;

    /// <summary>Loads every lexicon now rather than in the first user's check (for a warm-up or a measurement).</summary>
    public static int Load() => Loaded.Words.Count;

    // A nested class: the runtime initialises it, thread-safely, the first time one of its fields is read.
    private static class Loaded
    {
        public static readonly Lexicon Words = Lexicon.FromResource("words");
        public static readonly Lexicon EnglishWords = Lexicon.FromResource("english");
        public static readonly Lexicon FirstNames = Lexicon.FromResource("firstnames");
        public static readonly Lexicon Surnames = Lexicon.FromResource("surnames");
        public static readonly Lexicon CommonSurnames = Lexicon.FromResource("commonsurnames");
        public static readonly Lexicon Particles = Lexicon.FromResource("particles");
        public static readonly Lexicon Places = Lexicon.FromResource("places");
        public static readonly Lexicon ProperNouns = Lexicon.FromResource("propernouns");
        public static readonly Lexicon Streets = Lexicon.FromResource("streets");
        public static readonly Lexicon LocaleNames = Lexicon.FromResource("localenames");
        public static readonly Lexicon PersonalNames = Lexicon.FromResource("personalnames");
    }
}
