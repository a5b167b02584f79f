namespace BreedBot.Domain.Privacy;

/// <summary>
/// Forms a name takes in hasty or second-language writing: inside a compound ("het Pietersen-gezin"), with an abbreviated
/// particle ("fam vd berg"), before a school class ("mila grp 5"), family name first ("moeder Li Mei").
/// </summary>
internal static partial class PersonNameDetector
{
    /// <summary>Abbreviations of "van de", "van den" and "van der" in notes: "fam vd berg", "dhr. vdr Meer".</summary>
    private static readonly string[] AbbreviatedParticles = ["vd", "vdr"];

    private static readonly string[] ParticlesAbbreviated = ["van de", "van den", "van der"];

    /// <summary>A surname as the lexicon holds it ("de jong", "van den berg"), also with its particle abbreviated ("vd berg").</summary>
    private static bool KnownSurname(string phrase)
    {
        if (WordFacts.InLexicon(PrivacyLexicons.Surnames, phrase))
        {
            return true;
        }

        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Array.IndexOf(AbbreviatedParticles, phrase[..space]) >= 0
            && Array.Exists(ParticlesAbbreviated, particles => WordFacts.InLexicon(PrivacyLexicons.Surnames, particles + phrase[space..]));
    }

    private static bool IsAbbreviatedParticle(ReadOnlySpan<char> lower) => lower is "vd" or "vdr";

    /// <summary>
    /// "het Pietersen-gezin", "het Kuipers-drama", "de Yilmaz-kinderen", "het Bram-dossier": a first name or surname before a hyphen and a
    /// Dutch word names the person. An eponym the lexicons know ("Alzheimer-patiënt"), a place ("Marokko-reis"), a brand
    /// ("Google-account"), a holiday and a method, school or other organisation after the hyphen ("Montessori-school") pass.
    /// </summary>
    private static bool NameInCompound(string text, TextWord word)
    {
        var written = word.In(text);
        var hyphen = written.IndexOf('-');
        if (hyphen < 2 || hyphen != written.LastIndexOf('-') || written.Length - hyphen < 4)
        {
            return false;
        }

        var tail = written[(hyphen + 1)..];
        if (!char.IsLower(tail[0]))
        {
            return false;
        }

        var tailLower = WordFacts.Lowercase(tail);
        if (!PrivacyLexicons.Words.Contains(tailLower) || IsOrganisationWord(tailLower, compound: true))
        {
            return false;
        }

        var head = WordFacts.Of(written[..hyphen]);
        if (head.IsFunctionWord || head.IsPlace || head.IsProperNoun || head.IsHoliday || NameContext.Products.Contains(head.Lower) || NameContext.KindOf(head.Lower) != ContextKind.None)
        {
            return false;
        }

        // Before a household, a family role or a file, a first name that is also a word names the person too ("het Bram-dossier").
        var household = NameContext.KindOf(tailLower) is ContextKind.Household or ContextKind.Role || NameContext.KinInPlural.Contains(tailLower);
        return (head.IsFirstName && (!head.IsWord || household)) || (head.IsSurname && !head.IsWord) || head.IsCommonSurname || head.IsPersonalName;
    }

    /// <summary>"mila grp 5", "sem groep 7", "roos gr. 3": a first name before a school class names a pupil, even where it is also a word.</summary>
    private static bool ClassFollows(string text, List<TextWord> words, int i)
    {
        if (i + 1 >= words.Count || !words[i].JoinedToNext || WordFacts.Lowercase(words[i + 1].In(text)) is not ("groep" or "grp" or "gr" or "klas"))
        {
            return false;
        }

        var next = words[i + 1];
        var rest = text.AsSpan(next.Start + next.Length).TrimStart(". ");
        return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
    }

    /// <summary>
    /// "moeder Li Mei", "vader Wang Wei": a family name before a given name, as Chinese and other names are written, after a role; the
    /// given name a first name, a surname that is no word, or a Dutch month, which has no capital inside a sentence.
    /// </summary>
    private static bool FamilyNameFirst(string text, List<TextWord> words, int next, WordFacts family)
    {
        if (!family.IsSurname || (family.IsWord && family.Lower.Length > 3) || next + 1 >= words.Count || !words[next].JoinedToNext || !words[next + 1].IsCapitalised(text))
        {
            return false;
        }

        var given = WordFacts.Of(words[next + 1].In(text));
        return !given.IsFunctionWord && (given.IsFirstName || (given.IsSurname && !given.IsWord && !given.IsPlace) || NameContext.DutchMonths.Contains(given.Lower));
    }

    /// <summary>
    /// "de zuster van het Wit-Gele Kruis", "de dokter van de huisartsenpost": a title after an article and before "van" is a noun
    /// ("the nurse of"), so only a surname the lexicon knows as a whole follows it ("de juf van Dijk").
    /// </summary>
    private static bool TitleAsNoun(string text, List<TextWord> words, int i) =>
        i > 0 && i + 1 < words.Count && words[i - 1].JoinedToNext && words[i].JoinedToNext
        && Previous(text, words, i) is "de" or "het" or "een" or "the" && WordFacts.Lowercase(words[i + 1].In(text)) is "van" or "of";

    /// <summary>
    /// "moeder zei: bugün deniz kenarına gitmedik": a lowercase word the name lists know, in a run of words (no punctuation between,
    /// four either side at most) where three or more others are neither Dutch nor English nor a name and they outnumber the Dutch and
    /// English ones, is a word of a client's own language quoted, not a name. Chat abbreviations are fewer: "gesprek ivm noah ouarghi gehad" names Noah.
    /// </summary>
    private static bool InOtherLanguage(string text, List<TextWord> words, int i)
    {
        var first = i;
        while (first > Math.Max(0, i - 4) && words[first - 1].JoinedToNext)
        {
            first--;
        }

        var last = i;
        while (last < Math.Min(words.Count - 1, i + 4) && words[last].JoinedToNext)
        {
            last++;
        }

        var foreign = 0;
        var known = 0;
        for (var k = first; k <= last; k++)
        {
            if (k == i || !char.IsLower(text[words[k].Start]))
            {
                continue;
            }

            var facts = WordFacts.Of(words[k].In(text));
            if (facts.IsWord)
            {
                known++;
            }
            else if (words[k].Length > 1 && !facts.IsFirstName && !facts.IsPlace && NameContext.KindOf(facts.Lower) == ContextKind.None)
            {
                foreign++;
            }
        }

        return foreign >= 3 && foreign > known;
    }
}
