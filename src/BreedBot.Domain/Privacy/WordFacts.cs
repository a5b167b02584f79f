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

    private WordFacts(string lower)
    {
        Lower = lower;
        parts = lower.Contains('-', StringComparison.Ordinal) ? lower.Split('-') : [lower];
    }

    public string Lower { get; }

    /// <summary>An ordinary Dutch or English word (lowercase entries of OpenTaal and SCOWL), a function word, a holiday or an app.</summary>
    public bool IsWord => isWord ??= InLexicon(PrivacyLexicons.Words, Lower) || PrivacyLexicons.EnglishWords.Contains(Lower)
        || NameContext.FunctionWords.Contains(Lower) || NameContext.Holidays.Contains(Lower) || NameContext.Products.Contains(Lower) || AllPartsAreWords();

    /// <summary>A known first name; a double name ("Anna-Lena") by its first part.</summary>
    public bool IsFirstName => isFirstName ??= InLexicon(PrivacyLexicons.FirstNames, Lower)
        || (parts.Length > 1 && !IsWord && InLexicon(PrivacyLexicons.FirstNames, parts[0]));

    /// <summary>A known surname; a double surname ("Jansen-Bakker") by either part.</summary>
    public bool IsSurname => isSurname ??= InLexicon(PrivacyLexicons.Surnames, Lower)
        || (parts.Length > 1 && !IsWord && parts.Any(part => InLexicon(PrivacyLexicons.Surnames, part)));

    public bool IsCommonSurname => isCommonSurname ??= IsSurname && PrivacyLexicons.CommonSurnames.Contains(Lower);

    /// <summary>A place, country, people, organisation or other capitalised word that names no person.</summary>
    public bool IsProperNoun => isProperNoun ??= !IsFirstName && InLexicon(PrivacyLexicons.ProperNouns, Lower);

    /// <summary>A place, or the adjective of a place or people.</summary>
    public bool IsPlace => isPlace ??= IsProperNoun && InLexicon(PrivacyLexicons.Places, Lower);

    public bool IsFunctionWord => NameContext.FunctionWords.Contains(Lower);

    /// <summary>A name the lexicons know, or a capitalised-looking word they know nothing about.</summary>
    public bool IsNameOrUnknown => IsFirstName || IsSurname || IsUnknown;

    public bool IsUnknown => !IsWord && !IsProperNoun && !IsFirstName && !IsSurname;

    public static WordFacts Of(ReadOnlySpan<char> word) => new(Lowercase(word));

    public static string Lowercase(ReadOnlySpan<char> word)
    {
        var text = word.ToString().ToLowerInvariant();
        return text.EndsWith("'s", StringComparison.Ordinal) ? text[..^2] : text.TrimEnd('\'');
    }

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

    // "Teams-belde", "ex-partner", "zorg-coördinator": a compound of words is a word.
    private bool AllPartsAreWords() =>
        parts.Length > 1 && parts.All(part => part.Length == 0 || PrivacyLexicons.Words.Contains(part) || PrivacyLexicons.EnglishWords.Contains(part));
}
