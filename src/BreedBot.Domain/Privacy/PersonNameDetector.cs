namespace BreedBot.Domain.Privacy;

/// <summary>
/// A person's name, by what the lexicons know and where the word stands:
/// after a title, also lowercase or as an initial ("mevrouw de jong", "mw. A. Yilmaz");
/// after a role ("moeder Fatima", "collega Sem") or a household word ("gezin Jansen");
/// a known first name written with a capital inside a sentence ("toen Sem thuiskwam"), or as the subject
/// at its start ("Fatima vertelde"); a first name with a surname ("Anouk de Wit", "anouk de wit");
/// a known surname with a capital inside a sentence ("ik sprak Yilmaz"); two capitalised words
/// the lexicons do not know, side by side; and the phrases of PersonNameDetector.Phrases.cs: a naming verb
/// ("heet Beer"), a capitalised particle ("met Van Hal"). Titles and roles alone ("mevrouw is bang", "de moeder"),
/// ordinary words with a capital ("Veilig Thuis") and places and organisations pass.
/// </summary>
internal static partial class PersonNameDetector
{
    public static bool Finds(string text)
    {
        var words = TextWord.Split(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (NameAt(text, words, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NameAt(string text, List<TextWord> words, int i)
    {
        var word = words[i];
        var written = word.In(text);
        if (written.Length > 40)
        {
            return false;
        }

        // Every word passes here: lowercase it on the stack, and build its facts only for the few that matter.
        Span<char> buffer = stackalloc char[40];
        var lower = buffer[..written.ToLowerInvariant(buffer)];
        if (lower.EndsWith("'s"))
        {
            lower = lower[..^2];
        }

        var kind = NameContext.KindOf(lower);
        switch (kind)
        {
            case ContextKind.Title when !lower.SequenceEqual("heer") || Previous(text, words, i) == "de":
                return NameAfterTitle(text, words, i + 1, capitalisedWordIsEnough: !TitleAsNoun(text, words, i));
            case ContextKind.Household:
                return SurnameAfter(text, words, i + 1, capitalisedWordIsEnough: false, wordIsEnough: NameContext.Families.Contains(lower));
            case ContextKind.Role:
                return !LanguageAt(text, words, i + 1) && (FirstNameAfterRole(text, words, i + 1) || NicknameAfterCloseKin(text, words, i, lower));
            case ContextKind.Profession:
                return !LanguageAt(text, words, i + 1) && (FirstNameAfterRole(text, words, i + 1) || SurnameAfter(text, words, i + 1, capitalisedWordIsEnough: false));
        }

        if ((kind == ContextKind.None && NameInChat(text, words, i, lower)) || PossessiveBeforeRole(text, words, i))
        {
            return true;
        }

        if (word.IsInitial(text))
        {
            // Without a title, an ordinary word after an initial is no surname: "M. Alzheimer" is morbus Alzheimer ("J. Visser" is one).
            return i + 1 < words.Count && !words[i + 1].IsInitial(text) && SurnameAfter(text, words, i + 1, capitalisedWordIsEnough: !WordFacts.Of(words[i + 1].In(text)).IsWord);
        }

        if (word.IsCapitalised(text) && IsParticle(text, word))
        {
            return SurnameWithCapitalisedParticle(text, words, i);
        }

        return word.IsCapitalised(text)
            ? CapitalisedName(text, words, i)
            : (LowercaseFullName(text, words, i, lower) || LowercaseFirstName(text, words, i, lower)) && !InOtherLanguage(text, words, i);
    }

    /// <summary>"Mila's moeder", "ayaan's mum", "Thomas' vader": a possessive before a family or work role names that role's person.</summary>
    private static bool PossessiveBeforeRole(string text, List<TextWord> words, int i)
    {
        var written = words[i].In(text);
        var possessive = written.EndsWith("'s") || (i + 1 < words.Count && words[i].Start + words[i].Length < text.Length && text[words[i].Start + words[i].Length] == '\'' && written.EndsWith("s"));
        if (!possessive || i + 1 >= words.Count || NameContext.KindOf(WordFacts.Lowercase(words[i + 1].In(text))) != ContextKind.Role)
        {
            return false;
        }

        var facts = WordFacts.Of(written);
        return !facts.IsFunctionWord && !facts.IsPlace && !facts.IsProperNoun && NameContext.KindOf(facts.Lower) == ContextKind.None
            && (words[i].IsCapitalised(text) || facts.IsFirstName || facts.IsUnknown);
    }

    /// <summary>
    /// "de kinderen (noah en lisa)", "i told ayaan's mum": a known first name in lowercase that is no word in either language,
    /// no place and no other capitalised word OpenTaal knows ("hoop", "roos", "mark" and "pool" pass).
    /// </summary>
    private static bool LowercaseFirstName(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        var word = words[i];
        if (lower.Length < 3 || !PrivacyLexicons.FirstNames.Contains(lower) || !char.IsLower(text[word.Start]))
        {
            return false;
        }

        var facts = WordFacts.Of(word.In(text));
        if (facts.IsPlace || facts.IsHoliday)
        {
            return false;
        }

        if (ClassFollows(text, words, i))
        {
            return true;
        }

        if (WordFacts.InLexicon(PrivacyLexicons.ProperNouns, facts.Lower) || PrivacyLexicons.Words.Contains(facts.Lower))
        {
            return false;
        }

        // An English word only ("said", "will", "rose") is a name when a Dutch verb of doing or saying follows ("said zei dat hij..."),
        // or after a Dutch fond adjective ("de kleine jay"; "a little rose" is English).
        return !facts.IsWord || (i + 1 < words.Count && word.JoinedToNext && IsSubject(text, words, i, strict: false)) || AfterDutchEndearment(text, words, i);
    }

    private static bool AfterDutchEndearment(string text, List<TextWord> words, int i)
    {
        if (i == 0 || !words[i - 1].JoinedToNext)
        {
            return false;
        }

        var before = WordFacts.Lowercase(words[i - 1].In(text));
        return NameContext.Endearments.Contains(before) && PrivacyLexicons.Words.Contains(before);
    }

    private static bool NameAfterTitle(string text, List<TextWord> words, int next, bool capitalisedWordIsEnough)
    {
        // Initials after a title: "mw. A. Yilmaz", "dhr. J.P. de Vries", also typed in lowercase ("mw. h. doğan").
        while (next < words.Count && (words[next].IsInitial(text) || (words[next].Length == 1 && words[next].FollowedByPeriod && next + 1 < words.Count)))
        {
            next++;
            if (next == words.Count || words[next].IsCapitalised(text) || IsParticle(text, words[next]))
            {
                return true;
            }
        }

        return SurnameAfter(text, words, next, capitalisedWordIsEnough);
    }

    /// <summary>
    /// A surname at <paramref name="next"/>, after any particles: capitalised and no ordinary word ("Jansen",
    /// "'t Hart", "de Vries"; "Bakker" because it is a common surname), or in any case when the lexicon knows
    /// the whole ("de jong", "van den berg", "jansen"; "jong" alone is a word, "de jong" is a name).
    /// </summary>
    private static bool SurnameAfter(string text, List<TextWord> words, int next, bool capitalisedWordIsEnough, bool wordIsEnough = false)
    {
        var start = next;
        while (next < words.Count - 1 && IsParticle(text, words[next]))
        {
            next++;
        }

        if (next >= words.Count)
        {
            return false;
        }

        // An abbreviation after a role or a household word is no surname: "Praktijkondersteuner (POH)", "gezin VT".
        if (!capitalisedWordIsEnough && next == start && IsAbbreviation(words[next].In(text)))
        {
            return false;
        }

        var core = WordFacts.Of(words[next].In(text));
        var hasParticle = next > start;
        var phrase = hasParticle ? Phrase(text, words, start, next) : core.Lower;
        var knownWhole = KnownSurname(phrase) && (hasParticle || !core.IsWord);
        if (hasParticle && knownWhole)
        {
            // "de Vries", "'t Hart", "van den berg": the whole is a name even where its core is a place or a word.
            return !core.IsFunctionWord;
        }

        if (words[next].IsCapitalised(text))
        {
            // After a title any capitalised word is a surname ("meneer Wijnberg"); after "gezin" a word may be a label ("gezin Blauw").
            return !core.IsFunctionWord && !core.IsProperNoun && (capitalisedWordIsEnough || !core.IsPlace) && !OrganisationFollows(text, words, next)
                && (capitalisedWordIsEnough || core.IsCommonSurname || knownWhole || (!core.IsWord && core.IsNameOrUnknown)
                    || (wordIsEnough && core.IsSurname && !NameContext.Colours.Contains(core.Lower)));
        }

        // Lowercase, a place is a label: "casus zaandam oost".
        return (knownWhole || (capitalisedWordIsEnough && core.IsCommonSurname)) && !core.IsFunctionWord && (hasParticle || !core.IsPlace);
    }

    private static bool FirstNameAfterRole(string text, List<TextWord> words, int next)
    {
        if (next >= words.Count)
        {
            return false;
        }

        var word = words[next];
        var facts = WordFacts.Of(word.In(text));
        if (facts.IsFunctionWord || facts.IsPlace)
        {
            return false;
        }

        // "moeder Fatima", "opa Henk", "cliënt Sem", also "moeder fatima" when it is no Dutch word;
        // "moeder Veilig Thuis gebeld" and "de Marokkaanse moeder" pass.
        return word.IsCapitalised(text)
            ? facts.IsFirstName || facts.IsCommonSurname || !facts.IsWord || facts.IsProperNoun || FamilyNameFirst(text, words, next, facts)
            : facts.IsFirstName && !facts.IsWord;
    }

    /// <summary>
    /// "anouk de wit", "fatima yilmaz": a first name that is no word, and a surname the lexicon knows; also "bep jonker" and
    /// "ghaith halabi", a first name the lists lack before a surname.
    /// </summary>
    private static bool LowercaseFullName(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (i + 1 >= words.Count || !words[i].JoinedToNext || NameContext.FunctionWords.Contains(lower) || words[i + 1].IsCapitalised(text))
        {
            return false;
        }

        // Most words are lowercase: ask the small first-name list before anything else.
        if (!PrivacyLexicons.FirstNames.Contains(lower))
        {
            return FirstNameOutsideTheListsBeforeSurname(text, words, i, lower);
        }

        // "kees van dam": with a particle the whole surname is known, so a first name that is also a word counts too.
        var first = WordFacts.Of(words[i].In(text));
        if (IsParticle(text, words[i + 1]))
        {
            return SurnameAfter(text, words, i + 1, capitalisedWordIsEnough: false);
        }

        // "fatima yilmaz", "anouk visser", "sem yilmaz": a known first name and surname, at least one of them no word
        // in either language ("feel stuck" is two words).
        var next = WordFacts.Of(words[i + 1].In(text));
        var surname = next.IsSurname && !next.IsPlace && !next.IsFunctionWord;
        return surname && ((!first.IsWord && (!next.IsWord || next.IsCommonSurname)) || (!next.IsWord && first.IsFirstName));
    }

    /// <summary>
    /// "bep jonker", "ghaith halabi": a lowercase word no Dutch or English word list holds before a lowercase surname. The surname
    /// must be no word ("halabi"), or a common one while the first is a name OpenTaal knows ("Bep"): an abbreviation or a typo
    /// before an ordinary word ("mdo groot overleg", "kdv post") is no name.
    /// </summary>
    private static bool FirstNameOutsideTheListsBeforeSurname(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        var second = words[i + 1];
        if (lower.Length < 3 || second.Length < 4 || second.Length > 40 || !char.IsLower(text[words[i].Start]) || !char.IsLower(text[second.Start]) || lower.Contains('\''))
        {
            return false;
        }

        // Every pair of lowercase words comes here: one look-up in the surnames before anything is allocated.
        Span<char> buffer = stackalloc char[40];
        var secondLower = buffer[..second.In(text).ToLowerInvariant(buffer)];
        if (NameContext.FunctionWords.Contains(secondLower) || !PrivacyLexicons.Surnames.Contains(secondLower))
        {
            return false;
        }

        var surname = WordFacts.Of(second.In(text));
        if (!surname.IsSurname || surname.IsPlace || surname.IsFunctionWord || (surname.IsWord && !surname.IsCommonSurname))
        {
            return false;
        }

        var first = WordFacts.Of(words[i].In(text));
        if (first.IsWord || first.IsPlace || first.IsHoliday || IsCompoundOfWords(first.Lower))
        {
            return false;
        }

        return surname.IsWord ? first.IsProperNoun || first.IsPersonalName : first.IsUnknown || first.IsProperNoun || first.IsPersonalName || first.IsSurname;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> written) => written.Length > 1 && !written.ContainsAnyInRange('a', 'z') && written.ContainsAnyInRange('A', 'Z');

    private static bool IsParticle(string text, TextWord word)
    {
        var written = word.In(text);
        if (!word.JoinedToNext || written.Length > 6)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[6];
        var lower = buffer[..written.ToLowerInvariant(buffer)];
        return PrivacyLexicons.Particles.Contains(lower) || IsAbbreviatedParticle(lower);
    }

    private static string Phrase(string text, List<TextWord> words, int from, int to) =>
        string.Join(' ', Enumerable.Range(from, to - from + 1).Select(k => WordFacts.Lowercase(words[k].In(text))));

    private static string? Previous(string text, List<TextWord> words, int i) => i > 0 ? WordFacts.Lowercase(words[i - 1].In(text)) : null;
}
