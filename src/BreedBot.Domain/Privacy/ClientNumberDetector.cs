using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A number of three or more digits after a client, dossier, case or registration keyword, abbreviated or
/// in English too: "cliëntnummer 12345", "cl.nr. 48213", "dossiernr 2023/0456", "zaaknummer VT-2024-1182",
/// "het dossiernummer is VT-2023-4471", "behandeldossier GGZ 55-20931-B", "kenmerk VT/AA/2024/0773", "case number 2023-118", "client ID 90812". Any other "…nummer" or "…-ID" with four
/// or more digits is one as well ("opvang-ID 2025-0318"), except the kinds other detectors name (telephone, house, account) and
/// public lines (alarmnummer 112). The keyword with a small count ("cliënt 82 jaar", "dossier 3 keer") passes.
/// </summary>
internal static partial class ClientNumberDetector
{
    private const int MinimumDigits = 3;
    private const int MinimumDigitsAfterAnyNumberWord = 4;
    private const int MinimumDigitsAfterDecision = 5;

    private static readonly string[] OtherNumbers = ["telefoon", "tel", "mobiel", "gsm", "huis", "rekening", "bank", "iban", "alarm", "nood", "hulp", "service", "kenteken", "postcode", "bsn", "burgerservice", "sofi", "week"];

    public static bool Finds(string text)
    {
        if (Shaped().IsMatch(text))
        {
            return true;
        }

        // Every number, with its keyword looked for in the few words before it (and before a letter prefix: "VT-2023-4471").
        for (var i = text.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0;)
        {
            var end = i;
            var digits = 0;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is '-' or '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
                end++;
            }

            if (digits >= MinimumDigits && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) || Prefix().IsMatch(text.AsSpan(0, i))) && KeywordBefore(text, i, digits))
            {
                return true;
            }

            var next = end < text.Length ? text.AsSpan(end).IndexOfAnyInRange('0', '9') : -1;
            i = next < 0 ? -1 : end + next;
        }

        return false;
    }

    private static bool KeywordBefore(string text, int id, int digits)
    {
        const int window = 40;
        var from = Math.Max(0, id - window);
        var before = text.AsSpan(from, id - from);
        if (Numbered().IsMatch(before) || (digits >= MinimumDigitsAfterDecision && Decision().IsMatch(before))
            || (digits >= MinimumDigitsAfterDecision && before.Contains("dossier", StringComparison.OrdinalIgnoreCase) && DossierCompound().IsMatch(before)))
        {
            return true;
        }

        if (digits < MinimumDigitsAfterAnyNumberWord)
        {
            return false;
        }

        var farther = Math.Max(0, id - FartherWindow);
        var nearer = NumberedFartherOn().Match(text, farther, id - farther);
        if (nearer.Success)
        {
            var keyword = nearer.Groups["word"].Value.ToLowerInvariant();
            return !Array.Exists(OtherNumbers, other => keyword.StartsWith(other, StringComparison.Ordinal));
        }

        foreach (var match in AnyNumberWord().EnumerateMatches(before))
        {
            var word = before.Slice(match.Index, match.Length).ToString().ToLowerInvariant();
            return !Array.Exists(OtherNumbers, other => word.StartsWith(other, StringComparison.Ordinal));
        }

        return false;
    }

    // Before the digits a letter code, also after a year: "VT-2023-", "2024-GGZ-".
    private const string Id = @"(?:(?:is|was|van|onder|:)[ ]*)?[:#]?[ ]*(?:(?:nummer|nr|no|number|id)\.?[ ]*[:#]?[ ]*)?(?:(?-i:[A-Z]{1,4})[ ]|(?:(?:[A-Z]{1,4}|[0-9]{4})[\-/]){1,3}|[A-Z]{1,4})?$";

    private const int FartherWindow = 70;

    // A number that is one by its shape alone: a police registration ("PL0900-2024117782": unit, year and serial), a year, a
    // letter code and a serial ("2024-GGZ-11873"), a court's case number ("C/13/745123": kind, court, serial).
    [GeneratedRegex(@"(?<![\p{L}0-9])(?:PL[0-9]{4}-[0-9]{8,10}|(?:19|20)[0-9]{2}-[A-Z]{2,5}-[0-9]{4,}|[A-Z]{1,3}/[0-9]{2}/[0-9]{5,7})(?![\p{L}0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Shaped();

    // A client's, a file's or any other "…nummer" with a few words before the verb or a colon: "her file number at the practice
    // is 30917", "het dossiernummer bij de GGZ is 77031", "haar V-nummer staat op de brief: 2345678901".
    [GeneratedRegex(
        @"(?<!\p{L})(?<word>(?:cli[eë]nt|pati[eë]nt|dossier|zaak|file|case|client|patient|leerling|klant|registratie|inschrijf)[ \-]?(?:nummer|number|nr|id)|\p{L}+-?(?:nummer|nr))(?!\p{L})\.?"
        + @"(?:[ ]+[\p{L}'’]+){1,5}(?:[ ]+(?:is|was|luidt)[ ]*:?|[ ]*:)[ ]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedFartherOn();

    [GeneratedRegex(@"(?<![\p{L}0-9])[A-Z]{1,4}[\-/]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(
        @"(?<!\p{L})(?:cli[eë]nte?|pati[eë]nte?|dossier|registratie|reg|zaak|file|record|klant|client|customer|referentie|reference|kenmerk|ref|melding|meld|inschrijf|lid|relatie|polis|lrk"
        + @"|(?:casus|case|zorg)(?=[ \-]?(?:id|nummer|nr|number|no))|cl(?=[ .]?(?:nr|nummer)))"
        + @"(?:[ \-.]?(?:nummer|nr|id|no|number|code))?(?!\p{L})\.?[ ]*" + Id,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    // A compound of "dossier" before a number of five digits or more: "behandeldossier GGZ 55-20931-B", "leerlingdossier 20871"
    // ("het leerlingdossier van 2024" passes).
    [GeneratedRegex(@"(?<!\p{L})\p{L}+dossier(?!\p{L})\.?[ ]*" + Id, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DossierCompound();

    // Numbers of a decision, a report or a case that are as often years or counts when short: "CIZ-besluit 2024-88134-W",
    // "BVH 2024123456", "pv 2024-0412-77", "casus 2024-118"; "casus 040-A" and "het besluit van 2024" pass.
    [GeneratedRegex(
        @"(?<!\p{L})(?:besluit|beschikking|indicatie|indicatiebesluit|aangifte|pv|proces-verbaal|bvh|mutatie|registratie|verwijzing|toewijzing|aanvraag|casus|case|zaak|bon)(?!\p{L})\.?[ ]*" + Id,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decision();

    // Any word ending in "nummer" or "nr", or a compound with "-ID" ("opvang-ID"), right before the number.
    [GeneratedRegex(@"(?<!\p{L})(?:(?>\p{L}+)(?<=nummer|nr)|\p{L}+-id)(?!\p{L})\.?[ ]*" + Id, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyNumberWord();
}
