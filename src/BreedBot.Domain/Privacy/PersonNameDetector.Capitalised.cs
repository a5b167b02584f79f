namespace BreedBot.Domain.Privacy;

/// <summary>A capitalised word: a person, or a place, an organisation, a brand or a word at a sentence's start.</summary>
internal static partial class PersonNameDetector
{
    private static bool CapitalisedName(string text, List<TextWord> words, int i)
    {
        var word = words[i];
        var facts = WordFacts.Of(word.In(text));
        if (facts.IsFunctionWord || facts.IsPlace || facts.IsHoliday || NameContext.Products.Contains(facts.Lower))
        {
            return false;
        }

        if (NameInCompound(text, word))
        {
            return true;
        }

        // "in het Sophia", "naar het Wilhelmina": Dutch puts no "het" before a person, so this is a hospital or a school; nor "de"
        // before a first name, so "naar de Dirk" is a shop.
        var before = Previous(text, words, i);
        if (before == "het" || (before == "de" && NameContext.ShopsByName.Contains(facts.Lower)) || LanguageAt(text, words, i))
        {
            return false;
        }

        if (NamedHere(text, words, i, facts))
        {
            return true;
        }

        // A name with an age or a home or family of its own: "Shurandy (12) liep weg", "Mila (2) met een blauwe plek", "Shurandy, 12,",
        // "bij Yindra thuis", "de vader van Xiomara", also at a sentence's start.
        if ((AgeFollows(text, word) || HomeOrFamilyOf(text, words, i)) && (facts.IsFirstName || facts.IsPersonalName || (facts.IsSurname && !facts.IsWord) || facts.IsUnknown))
        {
            return true;
        }

        // OpenTaal's other capitalised words are organisations, brands, and also names the lists lack: a person only as a subject.
        if (facts.IsProperNoun && !NameContext.Products.Contains(facts.Lower))
        {
            return !OrganisationFollows(text, words, i) && IsSubject(text, words, i, strict: !word.StartsSentence);
        }

        // A family by its surname in the plural: "de Sewdiens", "the Jansens".
        if (facts.Lower.Length > 4 && facts.Lower.EndsWith('s') && Previous(text, words, i) is "de" or "the")
        {
            var stem = WordFacts.Of(facts.Lower.AsSpan(0, facts.Lower.Length - 1));
            if (stem.IsSurname && !stem.IsWord && !stem.IsPlace)
            {
                return true;
            }
        }

        // Named after a person, but an organisation: "William Schrikker Stichting", "Stichting Anne Frank", "Zorggroep Florence" (not "Yusuf's trust").
        // A brand named after its founder: "Albert Heijn".
        var brandFollows = i + 1 < words.Count && word.JoinedToNext && words[i + 1].IsCapitalised(text) && NameContext.Products.Contains(WordFacts.Lowercase(words[i + 1].In(text)));
        if (brandFollows || (OrganisationFollows(text, words, i) && !IsPossessive(text, word)) || (i > 0 && words[i - 1].JoinedToNext && IsOrganisationWord(WordFacts.Lowercase(words[i - 1].In(text)), compound: words[i - 1].IsCapitalised(text))))
        {
            return false;
        }

        // A first name followed by a surname: "Anouk de Wit", "Sem Yilmaz", "Jermaine Pinas"; also a first name the lists know only as
        // a word or a surname before a common surname that is no word ("Hoop Dijkstra", inside a sentence).
        if ((facts.IsFirstName || facts.IsPersonalName) && i + 1 < words.Count && word.JoinedToNext && FollowedBySurname(text, words, i + 1))
        {
            return true;
        }

        if (facts.IsSurname && !word.StartsSentence && i + 1 < words.Count && word.JoinedToNext && words[i + 1].IsCapitalised(text))
        {
            var surname = WordFacts.Of(words[i + 1].In(text));
            if (surname.IsCommonSurname && !surname.IsWord && !surname.IsPlace && !OrganisationFollows(text, words, i + 1))
            {
                return true;
            }
        }

        if (word.StartsSentence)
        {
            // At a sentence's start every word has a capital: only a name that is no word, or a name as the subject.
            var verb = i + 1 < words.Count && word.JoinedToNext ? WordFacts.Lowercase(words[i + 1].In(text)) : null;
            var subject = verb is not null && NameContext.PersonVerbs.Contains(verb) && !AbstractNounDefined(text, words, i, facts, verb);
            var acts = subject && !NameContext.Auxiliaries.Contains(verb!);
            return (facts.IsFirstName && (!facts.IsWord || subject))
                || (facts.IsPersonalName && acts)
                || (facts.IsCommonSurname && acts)
                || (IsPossessive(text, word) && (facts.IsFirstName || facts.IsPersonalName || facts.IsUnknown))
                || (facts.IsSurname && !facts.IsWord && subject)
                || (acts && facts.IsUnknown);
        }

        // Part of a name of several capitalised words that is not a person ("Amsterdamse Bos", "Sterk Huis", "Veilig Thuis").
        if (i > 0 && words[i - 1].JoinedToNext && words[i - 1].IsCapitalised(text) && !words[i - 1].StartsSentence)
        {
            // A Dutch month has no capital inside a sentence: "I asked Mei Ling" is a person.
            var previous = WordFacts.Of(words[i - 1].In(text));
            if (((previous.IsWord && !previous.IsFirstName) || (previous.IsProperNoun && previous.Lower.EndsWith('e'))) && !NameContext.DutchMonths.Contains(previous.Lower))
            {
                return false;
            }
        }

        if (facts.IsWord && !facts.IsFirstName && i + 1 < words.Count && word.JoinedToNext && words[i + 1].IsCapitalised(text))
        {
            var next = WordFacts.Of(words[i + 1].In(text));
            if (next.IsWord && !next.IsFirstName)
            {
                return false;
            }
        }

        // A place: "in de Bijlmer", "naar Brabant", "uit Vries" (a first name there is still a person: "naar Sem").
        if (!facts.IsFirstName && AfterPlacePreposition(text, words, i))
        {
            return false;
        }

        // "kleine Tyrese", "ouwe Hillie": a word no lexicon knows after a fond adjective is a child's name or a nickname. After
        // "met", "voor" or "sprak" it is as often an organisation ("samen met Helpwanted", "een stage voor Fontys"), so not there.
        // After a fond adjective in lowercase, an ordinary word with a capital is a nickname too ("kleine Beer", "kleine Mo"; a
        // title in capitals throughout, "Kleine Stappen", a role, "lieve Mama", and a plural, "kleine Stapjes", are none).
        if (i > 0 && words[i - 1].JoinedToNext && NameContext.Endearments.Contains(WordFacts.Lowercase(words[i - 1].In(text)))
            && (facts.IsUnknown
                ? !IsCompoundOfWords(facts.Lower)
                : char.IsLower(text[words[i - 1].Start]) && !facts.IsProperNoun && NameContext.KindOf(facts.Lower) == ContextKind.None && !IsPlural(facts.Lower)))
        {
            return true;
        }

        // "Oud en Nieuw", "Zorg en Welzijn": a common surname that is also a word, paired with a capitalised word, is a name of a thing.
        if (facts.IsCommonSurname && facts.IsWord && PairedWithCapitalisedWord(text, words, i))
        {
            return false;
        }

        if (facts.IsFirstName || facts.IsPersonalName || facts.IsCommonSurname || (facts.IsSurname && !facts.IsWord))
        {
            return true;
        }

        // A name the lists lack, as a subject or an owner: "toen Jurgen thuiskwam", "Kowalczyk belde", "that broke Yusuf's trust".
        if (facts.IsUnknown && (IsSubject(text, words, i, strict: true) || IsPossessive(text, word)))
        {
            return true;
        }

        // A word no lexicon knows is a name only beside another one, or as a subject ("Kowalczyk belde"; "Leger des Heils heeft" is no person).
        return facts.IsUnknown && i + 1 < words.Count && word.JoinedToNext
            && ((words[i + 1].IsCapitalised(text) && WordFacts.Of(words[i + 1].In(text)).IsNameOrUnknown)
                || IsSubject(text, words, i, strict: false));
    }

    /// <summary>
    /// The subject of a clause: after a subordinating conjunction inside a sentence ("toen Henk thuiskwam", "omdat Ria
    /// niets zegt"), or before a verb of doing or saying ("Henk vertelde"; not "is" or "heeft", which organisations do too).
    /// </summary>
    private static bool IsSubject(string text, List<TextWord> words, int i, bool strict)
    {
        var word = words[i];
        if (strict && i > 0 && words[i - 1].JoinedToNext && NameContext.Subordinators.Contains(WordFacts.Lowercase(words[i - 1].In(text))))
        {
            return true;
        }

        var verb = i + 1 < words.Count && word.JoinedToNext ? WordFacts.Lowercase(words[i + 1].In(text)) : null;
        return verb is not null && NameContext.PersonVerbs.Contains(verb) && !NameContext.Auxiliaries.Contains(verb);
    }

    private static bool FollowedBySurname(string text, List<TextWord> words, int next)
    {
        var start = next;
        while (next < words.Count - 1 && IsParticle(text, words[next]))
        {
            next++;
        }

        if (!words[next].IsCapitalised(text))
        {
            return false;
        }

        var facts = WordFacts.Of(words[next].In(text));
        return !facts.IsFunctionWord && !facts.IsProperNoun && !NameContext.Products.Contains(facts.Lower) && (next > start || facts.IsNameOrUnknown || facts.IsCommonSurname);
    }

    /// <summary>"William Schrikker Stichting", "Emma Kinderziekenhuis", "Maria Montessori school": a name that belongs to an organisation.</summary>
    private static bool OrganisationFollows(string text, List<TextWord> words, int i)
    {
        for (var k = i; k < Math.Min(words.Count - 1, i + 3) && words[k].JoinedToNext; k++)
        {
            var next = WordFacts.Lowercase(words[k + 1].In(text));
            var compound = words[k + 1].IsCapitalised(text)
                && NameContext.Organisations.Any(organisation => organisation.Length >= 4 && next.Length >= organisation.Length + 4 && next.EndsWith(organisation, StringComparison.Ordinal));

            // With a number it is a class or a room, not an organisation: "Sem groep 7", "zaal 3".
            if ((NameContext.Organisations.Contains(next) || compound) && !NumberFollows(text, words[k + 1]))
            {
                return true;
            }

            if (!words[k + 1].IsCapitalised(text) && !IsParticle(text, words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"Hope is what I felt", "Faith is a big word": an English noun that is also a first name, defined at a sentence's start ("Grace is a girl of 7" names her).</summary>
    private static bool AbstractNounDefined(string text, List<TextWord> words, int i, WordFacts facts, string verb) =>
        verb is "is" or "was" && i + 2 < words.Count && words[i + 1].JoinedToNext && PrivacyLexicons.EnglishWords.Contains(facts.Lower)
        && NameContext.EnglishDefiners.Contains(WordFacts.Lowercase(words[i + 2].In(text)))
        && (i + 3 >= words.Count || NameContext.KindOf(WordFacts.Lowercase(words[i + 3].In(text))) == ContextKind.None);

    /// <summary>"stichting", and with a capital a compound that ends in one, a name of its own: "Zorggroep", "Welzijnshuis" ("thuiszorg Marieke" is a person).</summary>
    private static bool IsOrganisationWord(string lower, bool compound) =>
        NameContext.Organisations.Contains(lower)
        || compound && NameContext.Organisations.Any(organisation => organisation.Length >= 4 && lower.Length >= organisation.Length + 3 && lower.EndsWith(organisation, StringComparison.Ordinal));

    /// <summary>An age right after the word, in brackets or between commas: "(12)", "(2 jaar)", "(7 mnd)", "(9 years)", ", 12,", ", 7 jaar,".</summary>
    private static bool AgeFollows(string text, TextWord word)
    {
        var rest = text.AsSpan(word.Start + word.Length).TrimStart(' ');
        if (rest.Length < 3 || rest[0] is not ('(' or ','))
        {
            return false;
        }

        var close = rest[0] == '(' ? ')' : ',';
        rest = rest[1..].TrimStart(' ');
        if (rest.Length == 0 || !char.IsAsciiDigit(rest[0]))
        {
            return false;
        }

        var digits = rest.Length > 1 && char.IsAsciiDigit(rest[1]) ? 2 : 1;
        var after = rest[digits..].TrimStart(' ');
        if (after.Length > 0 && after[0] == close)
        {
            return true;
        }

        var unit = after[..Math.Max(0, after.IndexOf(close))];
        return unit.Length > 0 && unit.Length <= 7 && NameContext.AgeUnits.Contains(unit.TrimEnd('.').ToString().ToLowerInvariant());
    }

    /// <summary>"stapjes", "dingen", "kinderen", "tips": a Dutch or English plural of a word, which names no one.</summary>
    private static bool IsPlural(string lower) =>
        lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("jes", StringComparison.Ordinal)
        || (lower.Length > 3 && lower.EndsWith('s') && (PrivacyLexicons.Words.Contains(lower.AsSpan(0, lower.Length - 1)) || PrivacyLexicons.EnglishWords.Contains(lower.AsSpan(0, lower.Length - 1))));

    private static bool NumberFollows(string text, TextWord word)
    {
        var rest = text.AsSpan(word.Start + word.Length).TrimStart(' ');
        return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
    }

    private static bool IsPossessive(string text, TextWord word) => word.In(text).EndsWith("'s");

    /// <summary>"lindenhout", "kompaanhuis": two Dutch words of three letters or more, written as one.</summary>
    private static bool IsCompoundOfWords(string lower)
    {
        for (var split = 3; split <= lower.Length - 3; split++)
        {
            var head = lower.AsSpan(0, split);
            var tail = lower.AsSpan(split);
            if (PrivacyLexicons.Words.Contains(head) && (PrivacyLexicons.Words.Contains(tail) || (tail.Length > 4 && tail[0] == 's' && PrivacyLexicons.Words.Contains(tail[1..]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PairedWithCapitalisedWord(string text, List<TextWord> words, int i)
    {
        bool Capitalised(int k) => k >= 0 && k < words.Count && words[k].IsCapitalised(text) && !WordFacts.Of(words[k].In(text)).IsFirstName;
        bool And(int k) => k >= 0 && k < words.Count && words[k].In(text) is "en" or "&" or "and";
        return (And(i + 1) && Capitalised(i + 2)) || (And(i - 1) && Capitalised(i - 2));
    }

    private static bool AfterPlacePreposition(string text, List<TextWord> words, int i)
    {
        var k = i - 1;
        if (k >= 0 && Previous(text, words, i) is "de" or "het")
        {
            k--;
        }

        if (k < 0 || !words[k].JoinedToNext)
        {
            return false;
        }

        // "op de Dam", "op de Coolsingel": on a square or a street BAG names, where "op" before a person would be "op Sem wachten".
        var preposition = WordFacts.Lowercase(words[k].In(text));
        return NameContext.PlacePrepositions.Contains(preposition)
            || (preposition == "op" && k == i - 2 && PrivacyLexicons.Streets.Contains(WordFacts.Lowercase(words[i].In(text))));
    }
}
