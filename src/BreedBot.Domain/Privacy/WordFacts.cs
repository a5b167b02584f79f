using System.Globalization;
using System.Text;

namespace BreedBot.Domain.Privacy;

/// <summary>What the lexicons know about one word, looked up once: lowercase, without a possessive "'s".</summary>
internal readonly struct WordFacts
{
    private WordFacts(string lower, bool isWord, bool isFirstName, bool isSurname, bool isCommonSurname, bool isProperNoun, bool isPlace)
    {
        IsPlace = isPlace;
        Lower = lower;
        IsWord = isWord;
        IsFirstName = isFirstName;
        IsSurname = isSurname;
        IsCommonSurname = isCommonSurname;
        IsProperNoun = isProperNoun;
    }

    public string Lower { get; }

    /// <summary>An ordinary Dutch word (OpenTaal, lowercase entries), or a function word.</summary>
    public bool IsWord { get; }

    public bool IsFirstName { get; }

    public bool IsSurname { get; }

    public bool IsCommonSurname { get; }

    /// <summary>A place, country, people, organisation or other capitalised word that names no person.</summary>
    public bool IsProperNoun { get; }

    /// <summary>A place, or the adjective of a place or people.</summary>
    public bool IsPlace { get; }

    public bool IsFunctionWord => NameContext.FunctionWords.Contains(Lower);

    /// <summary>A name the lexicons know, or a capitalised-looking word they know nothing about.</summary>
    public bool IsNameOrUnknown => IsFirstName || IsSurname || IsUnknown;

    public bool IsUnknown => !IsWord && !IsProperNoun && !IsFirstName && !IsSurname;

    public static WordFacts Of(ReadOnlySpan<char> word)
    {
        var lower = Lowercase(word);
        var isWord = InLexicon(PrivacyLexicons.Words, lower) || NameContext.FunctionWords.Contains(lower) || AllPartsAreWords(lower);

        // A double name counts by its parts: "Anna-Lena" by Anna, "Jansen-Bakker" by either.
        var parts = lower.Contains('-', StringComparison.Ordinal) && !isWord ? lower.Split('-') : [lower];
        var isFirst = InLexicon(PrivacyLexicons.FirstNames, lower) || (parts.Length > 1 && InLexicon(PrivacyLexicons.FirstNames, parts[0]));
        var isSurname = InLexicon(PrivacyLexicons.Surnames, lower) || (parts.Length > 1 && parts.Any(part => InLexicon(PrivacyLexicons.Surnames, part)));
        var isProper = !isFirst && InLexicon(PrivacyLexicons.ProperNouns, lower);
        return new WordFacts(
            lower,
            isWord,
            isFirst,
            isSurname,
            isSurname && PrivacyLexicons.CommonSurnames.Contains(lower),
            isProper,
            isProper && InLexicon(PrivacyLexicons.Places, lower));
    }

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
    private static bool AllPartsAreWords(string lower) =>
        lower.Contains('-', StringComparison.Ordinal) && lower.Split('-').All(part => part.Length == 0 || PrivacyLexicons.Words.Contains(part));
}
