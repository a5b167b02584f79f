namespace BreedBot.Domain.Privacy;

/// <summary>
/// Names as colleagues let them slip in chat-style text: a Teams mention ("@Sanne"), a sign-off ("groet, Jurgen"), a name
/// alone in brackets ("hij (Henk) belde"), a possessive without apostrophe ("Demirs advocaat", "jasmijns moeder"), a
/// spoken possessive ("Oosterhuis z'n broer"), a diminutive ("mijn Lientje"), the speaker after a verb of saying ("dat zei
/// fleur") and a colleague by the team she works in ("kim van de BSO").
/// </summary>
internal static partial class PersonNameDetector
{
    private static bool NameInChat(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (lower.Length < 2 || NameContext.FunctionWords.Contains(lower))
        {
            return false;
        }

        var word = words[i];
        return Mentioned(text, word)
            || SignedOff(text, words, i)
            || InBrackets(text, words, i)
            || PossessiveWithoutApostrophe(text, words, i, lower)
            || SpokenPossessive(text, words, i)
            || Diminutive(text, words, i, lower)
            || SpeakerAfterSayingVerb(text, words, i, lower)
            || CompanionInLowercase(text, words, i, lower)
            || ColleagueOfTeam(text, words, i, lower);
    }

    /// <summary>"@Sanne", "@tom": a mention names a colleague, unless it addresses a group ("@team", "@iedereen"). An e-mail address is no mention.</summary>
    private static bool Mentioned(string text, TextWord word)
    {
        var at = word.Start - 1;
        if (at < 0 || text[at] != '@' || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
        {
            return false;
        }

        var facts = WordFacts.Of(word.In(text));
        return !NameContext.Audiences.Contains(facts.Lower) && !facts.IsHoliday && (facts.IsNameOrUnknown || facts.IsProperNoun || !facts.IsWord);
    }

    /// <summary>
    /// "groet, Jurgen", "gr. Annemiek", "cheers, Tom": the writer's name right after a closing word, with nothing but punctuation
    /// between. An ordinary capitalised word there is a team ("groet, Wijkteam", "vriendelijke groet, Veilig Thuis").
    /// </summary>
    private static bool SignedOff(string text, List<TextWord> words, int i)
    {
        if (i == 0 || words[i - 1].Length > 8)
        {
            return false;
        }

        Span<char> closing = stackalloc char[8];
        if (!NameContext.Closings.Contains(closing[..words[i - 1].In(text).ToLowerInvariant(closing)]))
        {
            return false;
        }

        var gap = text.AsSpan(words[i - 1].Start + words[i - 1].Length, words[i].Start - words[i - 1].Start - words[i - 1].Length);
        if (gap.Trim(" ,.:!-\n\r").Length > 0)
        {
            return false;
        }

        var facts = WordFacts.Of(words[i].In(text));
        if (facts.IsHoliday || (facts.IsPlace && !facts.IsProperNoun) || NameContext.Products.Contains(facts.Lower) || NameContext.Audiences.Contains(facts.Lower))
        {
            return false;
        }

        return words[i].IsCapitalised(text)
            ? !facts.IsWord || facts.IsFirstName || facts.IsCommonSurname
            : facts.IsFirstName || (facts.IsUnknown && !IsCompoundOfWords(facts.Lower));
    }

    /// <summary>
    /// "hij (Henk) geeft een lift", "de buurvrouw (Truus) belde": a first name alone in brackets, or a surname after a person word
    /// ("de vader (Oosterhuis)"); "(Pasen)", "(VT)", "(Overvecht)" and "de verslavingszorg (Jellinek)" pass.
    /// </summary>
    private static bool InBrackets(string text, List<TextWord> words, int i)
    {
        var word = words[i];
        var before = text.AsSpan(0, word.Start).TrimEnd(' ');
        var after = text.AsSpan(word.Start + word.Length).TrimStart(' ');
        if (before.Length == 0 || before[^1] != '(' || after.Length == 0 || after[0] != ')' || !word.IsCapitalised(text))
        {
            return false;
        }

        var facts = WordFacts.Of(word.In(text));
        return !facts.IsPlace && !facts.IsHoliday && !NameContext.Products.Contains(facts.Lower) && !WordFacts.InLexicon(PrivacyLexicons.LocaleNames, facts.Lower)
            && (facts.IsFirstName || facts.IsPersonalName || (((facts.IsSurname && !facts.IsWord) || (facts.IsUnknown && !IsCompoundOfWords(facts.Lower))) && AfterPersonWord(text, words, i)));
    }

    private static bool AfterPersonWord(string text, List<TextWord> words, int i)
    {
        var before = Previous(text, words, i);
        return before is not null && (NameContext.PersonalPronouns.Contains(before) || NameContext.KindOf(before) is not ContextKind.None);
    }

    /// <summary>
    /// "Demirs advocaat", "Luuks moeder", "jasmijns moeder": a name with the genitive s and no apostrophe before a family or work
    /// role. A language or a place passes ("Frans docent", "Engels docent"), and so does a Dutch word ("iedereens moeder").
    /// </summary>
    private static bool PossessiveWithoutApostrophe(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (lower.Length < 4 || lower[^1] != 's' || i + 1 >= words.Count || !words[i].JoinedToNext
            || NameContext.KindOf(WordFacts.Lowercase(words[i + 1].In(text))) is not (ContextKind.Role or ContextKind.Profession))
        {
            return false;
        }

        var whole = WordFacts.Of(lower);
        if (PrivacyLexicons.Words.Contains(lower) || whole.IsPlace || WordFacts.InLexicon(PrivacyLexicons.LocaleNames, whole.Lower))
        {
            return false;
        }

        var stem = WordFacts.Of(lower[..^1]);
        return !stem.IsPlace && (stem.IsFirstName || stem.IsPersonalName || (stem.IsSurname && !stem.IsWord));
    }

    /// <summary>"Oosterhuis z'n broer", "over pinas z'n vriendin": a spoken possessive after a name; "de buurman z'n auto", "iedereen z'n tempo" pass.</summary>
    private static bool SpokenPossessive(string text, List<TextWord> words, int i)
    {
        if (i + 1 >= words.Count || !words[i].JoinedToNext || words[i + 1].Length != 3
            || !(words[i + 1].In(text).Equals("z'n", StringComparison.OrdinalIgnoreCase) || words[i + 1].In(text).Equals("d'r", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (Previous(text, words, i) is "de" or "het" or "een" or "die" or "dat" or "deze" or "dit" or "elk" or "ieder" or "the")
        {
            return false;
        }

        var facts = WordFacts.Of(words[i].In(text));
        return !facts.IsPlace && !facts.IsHoliday && (facts.IsFirstName || facts.IsPersonalName || facts.IsSurname || (facts.IsUnknown && !IsCompoundOfWords(facts.Lower)));
    }

    /// <summary>"mijn Lientje", "hij noemt haar Marietje": a first name with a diminutive ending, written with a capital inside a sentence ("naar Turkije" is a place).</summary>
    private static bool Diminutive(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (!words[i].IsCapitalised(text) || words[i].StartsSentence || lower.Length < 6 || !lower.EndsWith("je") || PrivacyLexicons.Words.Contains(lower))
        {
            return false;
        }

        var stem = lower.EndsWith("tje") ? lower[..^3] : lower[..^2];
        return stem.Length >= 3 && PrivacyLexicons.FirstNames.Contains(stem) && !PrivacyLexicons.Words.Contains(stem) && !WordFacts.Of(lower).IsPlace;
    }

    /// <summary>"dat zei fleur", "volgens de mentor zei mark het al": the speaker after a verb of saying, a first name even where it is a word too.</summary>
    private static bool SpeakerAfterSayingVerb(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (i == 0 || !words[i - 1].JoinedToNext || !char.IsLower(text[words[i].Start]) || !PrivacyLexicons.FirstNames.Contains(lower)
            || !NameContext.SayingVerbs.Contains(WordFacts.Lowercase(words[i - 1].In(text))))
        {
            return false;
        }

        var facts = WordFacts.Of(words[i].In(text));
        return !facts.IsPlace && !facts.IsHoliday;
    }

    /// <summary>"oma Bets", "ome Ton": what a family calls a grandparent, an aunt or an uncle, with a capital, even where it is a word.</summary>
    private static bool NicknameAfterCloseKin(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (!NameContext.CloseKin.Contains(lower) || i + 1 >= words.Count || !words[i].JoinedToNext || !words[i + 1].IsCapitalised(text))
        {
            return false;
        }

        // A word before another capitalised one is an organisation's name: "met oma Veilig Thuis gebeld".
        var facts = WordFacts.Of(words[i + 1].In(text));
        var partOfName = facts.IsWord && i + 2 < words.Count && words[i + 1].JoinedToNext && words[i + 2].IsCapitalised(text);
        return !partOfName && !facts.IsFunctionWord && !facts.IsPlace && !facts.IsHoliday && !facts.IsProperNoun && !NameContext.Products.Contains(facts.Lower)
            && NameContext.KindOf(facts.Lower) == ContextKind.None && !OrganisationFollows(text, words, i + 1);
    }

    /// <summary>
    /// "overleg met lieke", "samen met wouter": a lowercase first name after a preposition for a person, where OpenTaal knows it
    /// only as a name or the English list as a word; a Dutch word passes ("met roos", "met jasmijn").
    /// </summary>
    private static bool CompanionInLowercase(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (i == 0 || lower.Length < 3 || !words[i - 1].JoinedToNext || !char.IsLower(text[words[i].Start]) || !PrivacyLexicons.FirstNames.Contains(lower)
            || PrivacyLexicons.Words.Contains(lower) || Previous(text, words, i) is not ("met" or "bij" or "aan" or "tegen" or "naast" or "with"))
        {
            return false;
        }

        var facts = WordFacts.Of(words[i].In(text));
        return !facts.IsPlace && !facts.IsHoliday && !NameContext.Products.Contains(facts.Lower);
    }

    /// <summary>
    /// "dank aan kim van de BSO", "sanne van het AMW": a first name before the team or service someone works for, written as an
    /// abbreviation or with a capital; "de storm van de afgelopen week" and "met storm van de zee" pass.
    /// </summary>
    private static bool ColleagueOfTeam(string text, List<TextWord> words, int i, ReadOnlySpan<char> lower)
    {
        if (i + 3 >= words.Count || !char.IsLower(text[words[i].Start]) || !PrivacyLexicons.FirstNames.Contains(lower)
            || Previous(text, words, i) is null or "de" or "het" or "een" or "die" or "deze")
        {
            return false;
        }

        var joined = words[i].JoinedToNext && words[i + 1].JoinedToNext && words[i + 2].JoinedToNext;
        var team = words[i + 3];
        return joined && WordFacts.Lowercase(words[i + 1].In(text)) == "van" && WordFacts.Lowercase(words[i + 2].In(text)) is "de" or "het"
            && (IsAbbreviation(team.In(text)) || team.IsCapitalised(text)) && !WordFacts.Of(words[i].In(text)).IsPlace;
    }
}
