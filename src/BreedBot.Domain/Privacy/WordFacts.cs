using System.Globalization;
using System.Text;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// What the lexicons know about one word (lowercase, without a possessive "'s"), each fact looked up only
/// when a rule asks for it and then remembered: most words need one or two of them.
/// </summary>
internal sealed class WordFacts
{
    private readonly string[] parts;
    private bool? isWord;
    private bool? isFirstName;
    private bool? isSurname;
    private bool? isCommonSurname;
    private bool? isProperNoun;
    private bool? isPlace;
    private bool? isPersonalName;

    private WordFacts(string lower)
    {
        Lower = lower;
        parts = lower.Contains('-', StringComparison.Ordinal) ? lower.Split('-') : [lower];
    }

    public string Lower { get; }

    /// <summary>An ordinary Dutch or English word (lowercase entries of OpenTaal and SCOWL), a function word, a holiday or an app.</summary>
    public bool IsWord => isWord ??= InLexicon(PrivacyLexicons.Words, Lower) || PrivacyLexicons.EnglishWords.Contains(Lower)
        || NameContext.FunctionWords.Contains(Lower) || NameContext.Holidays.Contains(Lower) || NameContext.Products.Contains(Lower) || AllPartsAreWords();

    /// <summary>
    /// A known first name; a double name ("Anna-Lena") by its first part, or by all its parts where each is also a word
    /// ("Kees-Jan", "Dirk-Jan": a compound of words otherwise).
    /// </summary>
    public bool IsFirstName => isFirstName ??= InLexicon(PrivacyLexicons.FirstNames, Lower)
        || (parts.Length > 1 && (IsWord ? parts.All(part => InLexicon(PrivacyLexicons.FirstNames, part)) : InLexicon(PrivacyLexicons.FirstNames, parts[0])));

    /// <summary>
    /// A known surname; a double surname ("Jansen-Bakker") by its parts: one of them a surname that is no ordinary word,
    /// and none a place or an ordinary word only ("Emmen-Noord" and "VT-Noord" are districts and teams).
    /// </summary>
    public bool IsSurname => isSurname ??= InLexicon(PrivacyLexicons.Surnames, Lower)
        || (parts.Length > 1 && !IsWord && IsDoubleSurname());

    public bool IsCommonSurname => isCommonSurname ??= IsSurname && PrivacyLexicons.CommonSurnames.Contains(Lower);

    /// <summary>A place, country, people, organisation or other capitalised word that names no person.</summary>
    public bool IsProperNoun => isProperNoun ??= !IsFirstName && !IsPersonalName && InLexicon(PrivacyLexicons.ProperNouns, Lower);

    /// <summary>
    /// A place, the adjective of a place or people, a language, a country, a month or a weekday: no person even where it is
    /// also a surname ("een beetje Engels", "uit Vries"), but a first name stays a name ("Jordan").
    /// </summary>
    public bool IsPlace => isPlace ??= !IsFirstName && (InLexicon(PrivacyLexicons.Places, Lower) || InLexicon(PrivacyLexicons.LocaleNames, Lower) || IsDistrict());

    /// <summary>A person's name that OpenTaal knows by its possessive ("Wytskes", "Djamila's"), and the name lists do not.</summary>
    public bool IsPersonalName => isPersonalName ??= !IsFirstName && InLexicon(PrivacyLexicons.PersonalNames, Lower);

    public bool IsHoliday => NameContext.Holidays.Contains(Lower);

    public bool IsFunctionWord => NameContext.FunctionWords.Contains(Lower);

    /// <summary>A name the lexicons know, or a capitalised-looking word they know nothing about.</summary>
    public bool IsNameOrUnknown => IsFirstName || IsSurname || IsPersonalName || IsUnknown;

    public bool IsUnknown => !IsWord && !IsProperNoun && !IsFirstName && !IsSurname && !IsPersonalName && !IsPlace;

    public static WordFacts Of(ReadOnlySpan<char> word) => new(Lowercase(word));

    /// <summary>Lowercase, without a possessive ("Fatima's") or an English contraction ("I'd", "we'll", "they've": the pronoun).</summary>
    public static string Lowercase(ReadOnlySpan<char> word)
    {
        var text = word.ToString().ToLowerInvariant();
        foreach (var ending in ContractionEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal) && text.Length > ending.Length)
            {
                return text[..^ending.Length];
            }
        }

        return text.TrimEnd('\'');
    }

    private static readonly string[] ContractionEndings = ["'s", "'d", "'ll", "'ve", "'re", "'m"];

    /// <summary>Looks the entry up as written, and without its accents when it has some ("Öztürk", "Ozturk").</summary>
    public static bool InLexicon(Lexicon lexicon, string lower)
    {
        if (lexicon.Contains(lower))
        {
            return true;
        }

        if (lower.All(char.IsAscii))
        {
            return false;
        }

        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'ı' => 'i', 'ł' => 'l', 'ø' => 'o', _ => c });
            }
        }

        return lexicon.Contains(builder.ToString());
    }

    /// <summary>"Emmen-Noord", "Rotterdam-Zuid", "VT-Noord": a place or a team with a compass point is a district.</summary>
    private bool IsDistrict() => parts.Length > 1 && (NameContext.CompassPoints.Contains(parts[^1]) || InLexicon(PrivacyLexicons.Places, parts[0]));

    private bool IsDoubleSurname()
    {
        var nameOnly = false;
        foreach (var part in parts)
        {
            var facts = new WordFacts(part);
            if (part.Length == 0 || facts.IsPlace || (facts.IsWord && !facts.IsSurname))
            {
                return false;
            }

            nameOnly |= facts.IsSurname && !facts.IsWord;
        }

        return nameOnly;
    }

    // "Teams-belde", "ex-partner", "zorg-coördinator": a compound of words is a word.
    private bool AllPartsAreWords() =>
        parts.Length > 1 && parts.All(part => part.Length == 0 || PrivacyLexicons.Words.Contains(part) || PrivacyLexicons.EnglishWords.Contains(part));
}
