namespace BreedBot.Domain.Privacy;

/// <summary>
/// One word of a checked text: letters with inner apostrophes and hyphens ("Anna-Lena", "'t", "Fatima's"),
/// where it stands, and what its surroundings say about it.
/// </summary>
internal readonly record struct TextWord(int Start, int Length, bool StartsSentence, bool FollowedByPeriod, bool JoinedToNext)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    /// <summary>Starts with a capital and is not written in capitals throughout (GGD, VT, AMHK are abbreviations).</summary>
    public bool IsCapitalised(string text)
    {
        var word = In(text);
        if (!char.IsUpper(word[0]) || word.Length == 1)
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A single capital with a full stop: the initial in "mw. A. Yilmaz" or "J.de Vries".</summary>
    public bool IsInitial(string text) => Length == 1 && char.IsUpper(text[Start]) && FollowedByPeriod;

    /// <summary>The words of a text, in order.</summary>
    public static List<TextWord> Split(string text)
    {
        var words = new List<TextWord>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // A leading apostrophe belongs to an elision ("'t", "'s avonds"), not to a quote around a name ("'Jay'", "'mijn Lientje'").
            var startsWord = char.IsLetter(c) || (c == '\'' && i + 1 < text.Length && char.IsLower(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])));
            if (!startsWord)
            {
                sentenceStart |= c is '.' or '!' or '?' or ':' or ';' or '(' or '"' or '•' or '*' or '>' || (c == '-' && (i == 0 || text[i - 1] != ' ' || i + 1 == text.Length || text[i + 1] == ' '));
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < text.Length && (char.IsLetter(text[i]) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || (text[i] is '\'' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            // A possessive ending stays with its word: "Fatima's", "Thomas'".
            if (i + 1 < text.Length && text[i] == '\'' && text[i + 1] == 's' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                i += 2;
            }

            var followedByPeriod = i < text.Length && text[i] == '.';
            var joined = i + 1 < text.Length && text[i] == ' ' && (char.IsLetter(text[i + 1]) || text[i + 1] == '\'');
            words.Add(new TextWord(start, i - start, sentenceStart, followedByPeriod, joined));
            sentenceStart = false;
        }

        return words;
    }
}
