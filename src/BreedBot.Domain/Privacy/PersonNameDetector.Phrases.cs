namespace BreedBot.Domain.Privacy;

/// <summary>Phrases that tell a name from a word by the words around it: a naming verb, a capitalised particle, a language.</summary>
internal static partial class PersonNameDetector
{
    /// <summary>
    /// "de baby heet Beer", "haar vriend heet Djorven", "her brother is named Tayo", "ze noemen hem Tijger": after a naming verb
    /// whose subject is a person, or a calling verb with a person as its object, any capitalised word is a name; after another subject ("de methode heet Signs of Safety", "het programma heet
    /// Kanjertraining") only a word the lexicons know as a name, or know nothing about.
    /// </summary>
    private static bool NamedHere(string text, List<TextWord> words, int i, WordFacts facts)
    {
        if (i == 0 || !words[i - 1].JoinedToNext)
        {
            return false;
        }

        var verb = WordFacts.Lowercase(words[i - 1].In(text));

        // "ze noemen hem Tijger", "noemen ze hem Tijger", "they call her Bunny": a person is named after a calling verb and a
        // pronoun for a person.
        if (NameContext.ObjectPronouns.Contains(verb))
        {
            for (var k = i - 2; k >= Math.Max(0, i - 3) && words[k].JoinedToNext; k--)
            {
                if (NameContext.CallingVerbs.Contains(WordFacts.Lowercase(words[k].In(text))))
                {
                    return NameContext.KindOf(facts.Lower) == ContextKind.None;
                }
            }

            return false;
        }

        var afterVerb = i;

        // "ze heet bij ons op de groep Dewi", "hij heet thuis Kofi": a few lowercase words may stand between the naming verb and the name.
        if (!NameContext.NamingVerbs.Contains(verb) && verb != "called")
        {
            var k = i - 2;
            while (k >= Math.Max(0, i - 6) && words[k].JoinedToNext && !words[k + 1].IsCapitalised(text) && !NameContext.NamingVerbs.Contains(WordFacts.Lowercase(words[k].In(text))))
            {
                k--;
            }

            if (k < Math.Max(0, i - 6) || !words[k].JoinedToNext || words[k + 1].IsCapitalised(text) || WordFacts.Lowercase(words[k].In(text)) is not ("heet" or "heette" or "heten"))
            {
                return false;
            }

            afterVerb = k + 1;
            verb = WordFacts.Lowercase(words[k].In(text));
        }

        var subject = afterVerb - 2;
        if (subject >= 0 && Previous(text, words, afterVerb - 1) is "is" or "was" or "wordt" or "werd")
        {
            subject--;
        }
        else if (verb == "called")
        {
            // "I called Sem" is a telephone call; "she is called Sem" names her.
            return false;
        }

        if (!NameContext.NamingVerbs.Contains(verb) && verb != "called")
        {
            return false;
        }

        var person = subject >= 0 && words[subject].JoinedToNext && PersonSubject(WordFacts.Lowercase(words[subject].In(text)));
        return person
            ? NameContext.KindOf(facts.Lower) == ContextKind.None
            : (facts.IsFirstName || facts.IsPersonalName || (facts.IsSurname && !facts.IsWord) || (facts.IsUnknown && !IsCompoundOfWords(facts.Lower)))
                && !OrganisationFollows(text, words, i);
    }

    /// <summary>
    /// "bij Yindra thuis", "Xiomara en haar kinderen", "de vader van Xiomara": a person has a home and a family, an organisation has
    /// neither ("bij Veilig Thuis", "Movisie en haar partners"; "de kinderen van Petteflet" is a school's). For a word the lists lack, or a name.
    /// </summary>
    private static bool HomeOrFamilyOf(string text, List<TextWord> words, int i)
    {
        string? At(int k) => k >= 0 && k < words.Count ? WordFacts.Lowercase(words[k].In(text)) : null;
        var home = At(i - 1) == "bij" && words[i - 1].JoinedToNext && words[i].JoinedToNext && At(i + 1) == "thuis" && char.IsLower(text[words[i + 1].Start]);
        var kin = At(i + 3) ?? string.Empty;
        var family = words[i].JoinedToNext && At(i + 1) is "en" or "and" && At(i + 2) is "haar" or "zijn" or "her" or "his"
            && (NameContext.Kin.Contains(kin) || NameContext.KinInPlural.Contains(kin));
        var ofKin = At(i - 1) == "van" && words[i - 1].JoinedToNext && i >= 2 && words[i - 2].JoinedToNext && NameContext.Kin.Contains(At(i - 2)!);
        return home || family || ofKin;
    }

    private static bool PersonSubject(string lower) => NameContext.PersonalPronouns.Contains(lower) || NameContext.KindOf(lower) != ContextKind.None;

    /// <summary>
    /// "gesprek met Van Hal", "bang voor Van der Molen": Dutch writes a surname's particle with a capital when no first name or
    /// initial comes before it, so inside a sentence a capitalised particle before a surname the lexicon knows as a whole is a
    /// person. Without "van" the core must be no word: "De Bruyn" is a person, "De Hoop" and "De Linde" are as often an
    /// organisation or a house. Places ("in Den Haag", "Den Bosch") and organisations ("het Van Gogh Museum") pass; at a
    /// sentence's start, where every word has a capital, only a subject counts ("Van Dijk belde").
    /// </summary>
    private static bool SurnameWithCapitalisedParticle(string text, List<TextWord> words, int i)
    {
        var next = i + 1;
        while (next < words.Count - 1 && IsParticle(text, words[next]))
        {
            next++;
        }

        if (next >= words.Count || !words[next].IsCapitalised(text) || Previous(text, words, i) == "het" || AfterPlacePreposition(text, words, i))
        {
            return false;
        }

        var phrase = Phrase(text, words, i, next);
        var core = WordFacts.Of(words[next].In(text));
        if (core.IsFunctionWord || !KnownSurname(phrase) || WordFacts.InLexicon(PrivacyLexicons.Places, phrase)
            || WordFacts.InLexicon(PrivacyLexicons.ProperNouns, phrase) || OrganisationFollows(text, words, next)
            || (core.IsWord && !phrase.Split(' ').Contains("van")))
        {
            return false;
        }

        return !words[i].StartsSentence || IsSubject(text, words, next, strict: false);
    }

    /// <summary>
    /// "ze spreekt Frans", "spreekt alleen Frans", "tolk Frans", "Frans en Arabisch": a language that is also a first name, after a
    /// word for speaking or translating (a few words back, not across a preposition: "spreekt met Frans af") or beside another language.
    /// </summary>
    private static bool LanguageAt(string text, List<TextWord> words, int i)
    {
        if (i >= words.Count)
        {
            return false;
        }

        var lower = WordFacts.Lowercase(words[i].In(text));
        if (!WordFacts.InLexicon(PrivacyLexicons.LocaleNames, lower))
        {
            return LanguageNoListKnows(text, words, i);
        }

        for (var k = i - 1; k >= Math.Max(0, i - 3) && words[k].JoinedToNext; k--)
        {
            var before = WordFacts.Lowercase(words[k].In(text));
            if (NameContext.LanguageVerbs.Contains(before))
            {
                return true;
            }

            if (NameContext.Prepositions.Contains(before))
            {
                break;
            }
        }

        return OtherLanguageBeside(text, words, i, +1) || OtherLanguageBeside(text, words, i, -1);
    }

    /// <summary>
    /// "moeder spreekt Tarifit", "he speaks Tigrinya": right after a verb of speaking a language, a capitalised word that is no first
    /// name and no common surname is a language CLDR does not list (home languages by their own name). Not after "tolk": "tolk Yildiz" is a person.
    /// </summary>
    private static bool LanguageNoListKnows(string text, List<TextWord> words, int i)
    {
        var verb = i > 0 ? words[i - 1].In(text) : default;
        if (verb.Length is < 4 or > 11 || !words[i - 1].JoinedToNext || !words[i].IsCapitalised(text))
        {
            return false;
        }

        Span<char> lower = stackalloc char[11];
        if (!NameContext.SpeakingVerbs.Contains(lower[..verb.ToLowerInvariant(lower)]))
        {
            return false;
        }

        var facts = WordFacts.Of(words[i].In(text));
        return !facts.IsFirstName && !facts.IsCommonSurname && !facts.IsPersonalName;
    }

    /// <summary>"Frans en Arabisch", "Arabisch of Frans", "Arabisch, Frans": another language that is no first name, one "en" or "of" away.</summary>
    private static bool OtherLanguageBeside(string text, List<TextWord> words, int i, int step)
    {
        var k = i + step;
        if (k >= 0 && k < words.Count && WordFacts.Lowercase(words[k].In(text)) is "en" or "of" or "and" or "or")
        {
            k += step;
        }

        if (k < 0 || k >= words.Count)
        {
            return false;
        }

        var other = WordFacts.Of(words[k].In(text));
        return !other.IsFirstName && WordFacts.InLexicon(PrivacyLexicons.LocaleNames, other.Lower);
    }
}
