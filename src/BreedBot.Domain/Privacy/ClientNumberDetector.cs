using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A number of three or more digits after a client, dossier, case or registration keyword, abbreviated or
/// in English too: "cliëntnummer 12345", "cl.nr. 48213", "dossiernr 2023/0456", "zaaknummer VT-2024-1182",
/// "het dossiernummer is VT-2023-4471", "case number 2023-118", "client ID 90812". Any other "…nummer" with four
/// or more digits is one as well, except the kinds other detectors name (telephone, house, account) and
/// public lines (alarmnummer 112). The keyword with a small count ("cliënt 82 jaar", "dossier 3 keer") passes.
/// </summary>
internal static partial class ClientNumberDetector
{
    private const int MinimumDigits = 3;
    private const int MinimumDigitsAfterAnyNumberWord = 4;

    private static readonly string[] OtherNumbers = ["telefoon", "tel", "mobiel", "gsm", "huis", "rekening", "bank", "iban", "alarm", "nood", "hulp", "service", "kenteken", "postcode", "bsn", "burgerservice", "sofi"];

    public static bool Finds(string text)
    {
        foreach (Match match in Numbered().Matches(text))
        {
            if (Digits(match.Groups["id"].ValueSpan) >= MinimumDigits)
            {
                return true;
            }
        }

        foreach (Match match in AnyNumberWord().Matches(text))
        {
            var word = match.Groups["word"].Value.ToLowerInvariant();
            if (Digits(match.Groups["id"].ValueSpan) >= MinimumDigitsAfterAnyNumberWord && !OtherNumbers.Any(word.StartsWith))
            {
                return true;
            }
        }

        return false;
    }

    private static int Digits(ReadOnlySpan<char> id)
    {
        var digits = 0;
        foreach (var c in id)
        {
            digits += c is >= '0' and <= '9' ? 1 : 0;
        }

        return digits;
    }

    private const string Id = @"(?:(?:is|was|van|:)[ ]*)?[:#]?[ ]*(?:(?:nummer|nr|no|number|id)\.?[ ]*[:#]?[ ]*)?(?<id>(?:[A-Z]{1,4}[\-/]?)?[0-9][0-9\-/.]*[0-9A-Z]?)";

    [GeneratedRegex(
        @"(?<!\p{L})(?:cli[eë]nte?|pati[eë]nte?|dossier|registratie|reg|zaak|casus|case|file|record|klant|client|customer|referentie|reference|kenmerk|ref|melding|meld|inschrijf|lid|relatie|polis|zorg(?=[ \-]?(?:id|nummer|nr))|cl(?=[ .]?(?:nr|nummer)))"
        + @"(?:[ \-.]?(?:nummer|nr|id|no|number|code))?(?!\p{L})\.?[ ]*" + Id,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<!\p{L})(?<word>(?>\p{L}+))(?<=nummer|nr)\.?[ ]*" + Id, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyNumberWord();
}
