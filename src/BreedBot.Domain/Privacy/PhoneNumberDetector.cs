using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// Dutch mobile (06) and area-code numbers of ten digits, and any +/00 international number, in
/// the usual groupings. Free and paid service numbers (0800, 0900, 0906, 0909) are public lines
/// such as Veilig Thuis, not a person, and 112 has too few digits to look like a number here.
/// </summary>
internal static partial class PhoneNumberDetector
{
    public static bool Finds(string text) =>
        Mobile().IsMatch(text) || AreaCode().IsMatch(text) || International().IsMatch(text);

    [GeneratedRegex(@"(?<![0-9+][ .\-]?)\(?0\)?6\)?[ .\-/]{0,3}(?:[0-9](?:[ .\-]{0,3}(?=[0-9]))?){7}[0-9](?![ .\-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    // 0 + two digits + seven (020, 010) or 0 + three digits + six (0513); 08x only for 085–088.
    [GeneratedRegex(@"(?<![0-9+][ .\-]?)\(?0(?:[1-57][0-9]|8[5-8])(?:[0-9]\)?[ .\-]{0,3}(?:[0-9][ .\-]?){5}|\)?[ .\-]{0,3}(?:[0-9][ .\-]?){6})[0-9](?![ .\-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AreaCode();

    [GeneratedRegex(@"(?:\+|(?<![0-9])00)[ ]?[1-9][0-9]{0,2}[ .\-]{0,3}(?:\(0\)[ .\-]{0,2})?(?:[0-9][ .\-]?){6,11}[0-9](?![ .\-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex International();
}
