using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A number of three or more digits after a client, dossier, case or registration keyword:
/// "cliëntnummer 12345", "dossier 2024-0173", "zaaknummer VT-2024-1182". The keyword with a small
/// count ("cliënt 82 jaar", "dossier 3 signalen") passes.
/// </summary>
internal static partial class ClientNumberDetector
{
    private const int MinimumDigits = 3;

    public static bool Finds(string text)
    {
        foreach (Match match in Numbered().Matches(text))
        {
            var digits = 0;
            foreach (var c in match.Groups["id"].ValueSpan)
            {
                digits += c is >= '0' and <= '9' ? 1 : 0;
            }

            if (digits >= MinimumDigits)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"(?<!\p{L})(?:cli[eë]nte?|pati[eë]nte?|dossier|registratie|zaak|casus|zorg(?=[ \-]?(?:id|nummer|nr))|referentie|kenmerk|ref)"
        + @"(?:[ \-]?(?:nummer|nr|id|no))?(?!\p{L})\.?[ ]*[:#]?[ ]*(?:(?:nummer|nr|no)\.?[ ]*)?"
        + @"(?<id>(?:[A-Z]{1,4}[\-/]?)?[0-9][0-9\-/.]*[0-9A-Z]?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
