using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// Dutch mobile (06) and area-code numbers of ten digits, and any +/00 international number, in
/// the usual groupings. Free and paid service numbers (0800, 0900, 0906, 0909) are public lines
/// such as Veilig Thuis, not a person, and 112 has too few digits to look like a number here.
/// A number read out in words counts too: "nul zes, vierentachtig, negentien, nul twee, zesenvijftig".
/// </summary>
internal static partial class PhoneNumberDetector
{
    public static bool Finds(string text) =>
        Mobile().IsMatch(text) || AreaCode().IsMatch(text) || International().IsMatch(text);

    /// <summary>A Dutch number spelled out: starting with "nul" (or "zero"), ten digits in all, the rest in words.</summary>
    public static bool FindsSpelledOut(string text)
    {
        if (!text.Contains("nul", StringComparison.OrdinalIgnoreCase) && !text.Contains("zero", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var digits = 0;
        var previousEnd = -1;
        foreach (var word in Word().EnumerateMatches(text))
        {
            var value = NumberWords.Digits(text.AsSpan(word.Index, word.Length).ToString().ToLowerInvariant());
            var joined = previousEnd >= 0 && text.AsSpan(previousEnd, word.Index - previousEnd).Trim(" ,.-").IsEmpty;
            if (value is null)
            {
                digits = 0;
                previousEnd = -1;
                continue;
            }

            digits = joined && digits > 0 ? digits + value.Length : value[0] == '0' ? value.Length : 0;
            previousEnd = digits > 0 ? word.Index + word.Length : -1;
            if (digits >= 10)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![0-9+][ .\-]?)\(?0\)?6\)?[ .\-/]{0,3}(?:[0-9](?:[ .\-]{0,3}(?=[0-9]))?){7}[0-9](?![ .\-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    // 0 + two digits + seven (020, 010) or 0 + three digits + six (0513); 08x only for 085–088.
    [GeneratedRegex(@"(?<![0-9+][ .\-]?)\(?0(?:[1-57][0-9]|8[5-8])(?:[0-9]\)?[ .\-]{0,3}(?:[0-9][ .\-]?){5}|\)?[ .\-]{0,3}(?:[0-9][ .\-]?){6})[0-9](?![ .\-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AreaCode();

    [GeneratedRegex(@"(?:\+|(?<![0-9])00)[ ]?[1-9][0-9]{0,2}[ .\-]{0,3}(?:\(0\)[ .\-]{0,2})?(?:[0-9][ .\-]?){6,11}[0-9](?![ .\-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex International();
}
