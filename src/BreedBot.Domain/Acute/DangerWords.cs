using System.Globalization;
using System.Text;

namespace BreedBot.Domain.Acute;

/// <summary>
/// Whether a message BreedBot does not understand speaks of danger, in Dutch or English: then it gets 112
/// and Veilig Thuis before anything else. Deliberately wide — a false alarm costs the reader one line, a
/// miss can cost a life — but words with an everyday meaning stand alone ("mes", "bang"), never as a part of
/// another word. The lists follow the acute-unsafety examples and femicide risk factors of the domain brief
/// (weapons, strangulation, threats, serious injury, sexual violence, suicide, flight from home) and the
/// words people use when they are afraid for someone. Reviewed: the tests hold sentences that must trigger
/// and commands and small talk that must not.
/// </summary>
public static class DangerWords
{
    /// <summary>Whole words.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // The acute words themselves, also inside a sentence ("ik heb spoed overleg nodig").
        "acuut", "acute", "spoed", "nood", "noodgeval", "noodgevallen", "noodsituatie", "112", "emergency", "urgent",
        // Dutch
        "mes", "messen", "bang", "angstig", "dood", "doden", "slaat", "sloeg", "slaan", "geslagen", "schopt", "schopte", "geschopt",
        "aandoen", "aangedaan", "politie", "gevlucht", "vluchten", "bloed", "bloedt", "bloedde", "bloeden", "geweer", "geweren",
        // English
        "knife", "knives", "gun", "guns", "gunpoint", "hit", "hits", "hitting", "afraid", "scared", "frightened", "terrified",
        "police", "fled", "unsafe", "strangled", "choked", "choking", "stab", "stabs", "stabbed", "stabbing", "blood",
    };

    /// <summary>Stems that may stand anywhere in a word: bedreigd, doodsbedreiging, verwurging, vuurwapen, zelfmoord.</summary>
    private static readonly string[] Stems =
    [
        // Dutch
        "gevaar", "dreig", "wurg", "verstik", "mishandel", "verkracht", "misbruik", "moord", "zelfdoding", "suicid",
        "onveilig", "wapen", "pistool", "stalk", "ontvoer", "opgesloten", "gewond", "verwond", "letsel", "doodsbang",
        "doodmak", "geweld",
        // English
        "danger", "threat", "strangl", "suffocat", "weapon", "murder", "assault", "kidnap", "injur", "violen",
    ];

    /// <summary>Stems a word must start with: "kill" but not "skill", "rape" but not "grape".</summary>
    private static readonly string[] Prefixes = ["kill", "rape", "abus", "beat", "hurt", "bleed", "attack", "shoot", "slaag"];

    /// <summary>Words that, shortly after a negation, say that someone is not safe: "niet veilig", "not safe at home".</summary>
    private static readonly HashSet<string> Safe = new(StringComparer.Ordinal) { "veilig", "safe" };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "niet", "nooit", "geen", "not", "never", "no", "isn", "aren", "wasn", "doesn", "don", "didn", "won" };

    /// <summary>"pijn doen", "pijn gedaan": pain someone causes, not a sore back.</summary>
    private static readonly HashSet<string> Causing = new(StringComparer.Ordinal) { "doen", "doet", "deed", "gedaan" };

    public static bool SpeakOfDanger(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = WordsOf(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Words.Contains(word)
                || Stems.Any(stem => word.Contains(stem, StringComparison.Ordinal))
                || (Prefixes.Any(prefix => word.StartsWith(prefix, StringComparison.Ordinal)) && !IsSlagen(word))
                || (Safe.Contains(word) && Before(words, i, 3).Any(Negations.Contains))
                || (word == "pijn" && After(words, i, 2).Any(Causing.Contains)))
            {
                return true;
            }
        }

        return false;
    }

    // "slaag" is a blow ("een pak slaag"), but "slaagt" and "geslaagd" are passing an exam.
    private static bool IsSlagen(string word) => word.StartsWith("slaagt", StringComparison.Ordinal);

    private static IEnumerable<string> Before(List<string> words, int index, int count) => words.Skip(Math.Max(0, index - count)).Take(Math.Min(count, index));

    private static IEnumerable<string> After(List<string> words, int index, int count) => words.Skip(index + 1).Take(count);

    /// <summary>Lower case, accents off ("suïcide" is "suicide"), and split on everything that is not a letter or digit.</summary>
    private static List<string> WordsOf(string text)
    {
        var decomposed = text.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return [.. plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
