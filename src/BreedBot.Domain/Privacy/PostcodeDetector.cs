using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A full Dutch postcode (four digits, two letters) points at a handful of addresses, with or without the
/// house number. In capitals it is one, unless it is a year with an abbreviation the work uses ("in 2024 VT
/// gebeld"). In lowercase ("1234 ab", "2516ck") it is one after "postcode", "adres" or "woont", or when the
/// letters are no Dutch word or unit and the digits no year ("in 2023 de", "1200 km" pass). A hyphen may stand between
/// digits and letters ("6811-KG"), and after "postcode" the digits may be read out in words ("postcode vijfendertig twaalf").
/// </summary>
internal static partial class PostcodeDetector
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "AF", "VT", "WT", "HA", "SW", "MW", "PO", "VO", "HG", "KM", "OK", "KB", "MB", "GB", "NL", "EU", "AD",
    };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "km", "kg", "cm", "mm", "ml", "cl", "dl", "gr", "mg", "pk", "kb", "mb", "gb", "tb", "hz", "kw", "ha", "st", "pp", "ca", "nr", "no", "vs", "uu", "cc",
    };

    public static bool Finds(string text)
    {
        foreach (Match match in Postcode().Matches(text))
        {
            var digits = int.Parse(match.Groups["digits"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            var letters = match.Groups["letters"].Value;
            var year = digits is >= 1900 and <= 2099;
            if (letters.All(char.IsUpper))
            {
                if (!(year && Abbreviations.Contains(letters)))
                {
                    return true;
                }

                continue;
            }

            var lower = letters.ToLowerInvariant();
            var said = Context().IsMatch(text[..match.Index]);
            var ordinary = NameContext.FunctionWords.Contains(lower) || Units.Contains(lower) || PrivacyLexicons.Words.Contains(lower);
            if (said || (!year && !ordinary))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"postcode is vijfendertig twaalf, ka el": the four digits after the word, in words (in figures the pattern above finds them).</summary>
    public static bool FindsSpelledOut(string text)
    {
        if (!text.Contains("postcode", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (Match match in SaidPostcode().Matches(text))
        {
            var digits = NumberWords.ReadFrom(text, match.Index + match.Length);
            if (digits.Length == 4 && digits[0] != '0')
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<!\p{L})postcode(?!\p{L})[ ]*(?:(?:is|was|luidt)(?!\p{L}))?[ ]*:?[ ]*(?=\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaidPostcode();

    [GeneratedRegex(@"(?<![\p{L}0-9])(?<digits>[1-9][0-9]{3})[ \-]?(?<letters>[A-Za-z]{2})(?![\p{L}0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    /// <summary>Said to be an address in the words right before it.</summary>
    [GeneratedRegex(@"(?:postcode|pc|adres|address|woont|wonen|woonde|verhuisd|verhuist|ingeschreven|postal[ ]code|zip)(?!\p{L})[^.!?]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Context();
}
