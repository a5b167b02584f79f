using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A Dutch IBAN by its shape (NL, two check digits, four bank letters, ten digits; any case,
/// spaced or not; the ten digits also read out in words: "NL76 INGB zeven twee drie …"), and other countries' IBANs in
/// capitals when their mod-97 check holds.
/// </summary>
internal static partial class IbanDetector
{
    public static bool Finds(string text)
    {
        if (Dutch().IsMatch(text))
        {
            return true;
        }

        foreach (Match match in DutchBank().Matches(text))
        {
            if (NumberWords.ReadFrom(text, match.Index + match.Length).Length >= 10)
            {
                return true;
            }
        }

        foreach (Match match in Foreign().Matches(text))
        {
            if (PassesMod97(match.ValueSpan))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool PassesMod97(ReadOnlySpan<char> spaced)
    {
        Span<char> compact = stackalloc char[40];
        var length = 0;
        foreach (var c in spaced)
        {
            if (c != ' ' && length < compact.Length)
            {
                compact[length++] = c;
            }
        }

        // Country and check digits move to the end; letters count as 10..35.
        var remainder = 0;
        for (var i = 0; i < length; i++)
        {
            var c = compact[(i + 4) % length];
            var value = c is >= '0' and <= '9' ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return length >= 15 && remainder == 1;
    }

    [GeneratedRegex(@"(?<![\p{L}0-9])NL[ ]?[0-9]{2}[ ]?[A-Z]{4}(?:[ ]?[0-9]){10}(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dutch();

    /// <summary>Country, check digits and bank of a Dutch IBAN, before its account number.</summary>
    [GeneratedRegex(@"(?<![\p{L}0-9])NL[ ]?[0-9]{2}[ ]?[A-Z]{4}(?![\p{L}0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DutchBank();

    [GeneratedRegex(@"(?<![\p{L}0-9])[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\p{L}0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Foreign();
}
