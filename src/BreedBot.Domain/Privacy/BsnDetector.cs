using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// Nine digits, grouped any way by dots, spaces or dashes, that pass the elfproef; or any eight
/// or nine digits right after "BSN"/"burgerservicenummer", since a mistyped BSN still points at a person.
/// </summary>
internal static partial class BsnDetector
{
    public static bool Finds(string text)
    {
        if (Named().IsMatch(text))
        {
            return true;
        }

        foreach (Match match in NineDigits().Matches(text))
        {
            if (PassesElfproef(match.ValueSpan))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11; all zeros is no number.</summary>
    internal static bool PassesElfproef(ReadOnlySpan<char> grouped)
    {
        var sum = 0;
        var weight = 9;
        var nonZero = false;
        foreach (var c in grouped)
        {
            if (c is < '0' or > '9')
            {
                continue;
            }

            var digit = c - '0';
            nonZero |= digit != 0;
            sum += weight == 1 ? -digit : weight * digit;
            weight--;
        }

        return weight == 0 && nonZero && sum % 11 == 0;
    }

    [GeneratedRegex(@"(?<![0-9][ .\-]?)[0-9](?:[ .\-]?[0-9]){8}(?![ .\-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    [GeneratedRegex(@"(?<!\p{L})(?:bsn|burgerservicenummer|sofi(?:nummer)?)(?!\p{L})[^0-9\p{L}]{0,6}[0-9](?:[ .\-]?[0-9]){7,8}(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
