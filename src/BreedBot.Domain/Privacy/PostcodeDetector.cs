using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A full Dutch postcode (four digits, two capitals) points at a handful of addresses, with or
/// without the house number. A year followed by a two-letter abbreviation the work uses
/// ("in 2024 VT gebeld", "2023 AF") is not a postcode.
/// </summary>
internal static partial class PostcodeDetector
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "AF", "VT", "WT", "HA", "SW", "MW", "PO", "VO", "HG", "KM", "OK", "KB", "MB", "GB", "NL", "EU", "AD",
    };

    public static bool Finds(string text)
    {
        foreach (Match match in Postcode().Matches(text))
        {
            var digits = int.Parse(match.Groups["digits"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            var looksLikeYearAndAbbreviation = digits is >= 1900 and <= 2099 && Abbreviations.Contains(match.Groups["letters"].Value);
            if (!looksLikeYearAndAbbreviation)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}0-9])(?<digits>[1-9][0-9]{3})[ ]?(?<letters>[A-Z]{2})(?![\p{L}0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();
}
