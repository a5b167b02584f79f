using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A Dutch licence plate in any of the sidecodes since 1951: three groups of letters and digits
/// (XX-99-99 … 99-XX-XX, 99-XXX-9, 9-XXX-99, XX-999-X, X-999-XX, XXX-99-X, X-99-XXX, 9-XX-999, 999-XX-9),
/// with dashes (any case) or, written together, in capitals ("AB123C", "12ABC3"). Written together, four
/// digits and two letters is a postcode's shape (that detector's); after "kenteken", "nummerbord" or
/// "licence plate" any of them counts, also in lowercase.
/// </summary>
internal static partial class LicencePlateDetector
{
    private static readonly string[] Keywords = ["kenteken", "nummerbord", "nummerplaat", "plate", "registration"];

    public static bool Finds(string text) =>
        (text.Contains('-', StringComparison.Ordinal) && Dashed().IsMatch(text))
        || (HasCapitalNearDigit(text) && (Spaced().IsMatch(text) || Together().IsMatch(text)))
        || (Array.Exists(Keywords, keyword => text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            && (AfterKeyword().Matches(text).Any(match => IsMixed(match.Groups["plate"].Value))
                || ForeignAfterKeyword().Matches(text).Any(match => IsForeignPlate(match.Groups["plate"].Value))));

    private static bool IsMixed(string plate) => plate.Any(char.IsDigit) && plate.Any(char.IsLetter);

    // Six to nine letters and digits, two digits at least: "WGM 4523K", "B-MK 4127"; not "GGD 12".
    private static bool IsForeignPlate(string plate) =>
        IsMixed(plate) && plate.Count(char.IsDigit) >= 2 && plate.Count(char.IsLetterOrDigit) is >= 6 and <= 9;

    private const string Groups =
        "[A-Z]{2}-[0-9]{2}-[0-9]{2}|[0-9]{2}-[0-9]{2}-[A-Z]{2}|[0-9]{2}-[A-Z]{2}-[0-9]{2}|[A-Z]{2}-[0-9]{2}-[A-Z]{2}"
        + "|[A-Z]{2}-[A-Z]{2}-[0-9]{2}|[0-9]{2}-[A-Z]{2}-[A-Z]{2}|[0-9]{2}-[A-Z]{3}-[0-9]|[0-9]-[A-Z]{3}-[0-9]{2}"
        + "|[A-Z]{2}-[0-9]{3}-[A-Z]|[A-Z]-[0-9]{3}-[A-Z]{2}|[A-Z]{3}-[0-9]{2}-[A-Z]|[A-Z]-[0-9]{2}-[A-Z]{3}"
        + "|[0-9]-[A-Z]{2}-[0-9]{3}|[0-9]{3}-[A-Z]{2}-[0-9]"
        + "|[0-9]-[A-Z]{3}-[0-9]{3}"; // Belgian: 1-ABC-234

    private const string SpacedGroups =
        "[A-Z]{2} [0-9]{3} [A-Z]|[A-Z] [0-9]{3} [A-Z]{2}|[A-Z]{3} [0-9]{2} [A-Z]|[A-Z] [0-9]{2} [A-Z]{3}|[0-9]{2} [A-Z]{3} [0-9]"
        + "|[0-9] [A-Z]{3} [0-9]{2}|[0-9] [A-Z]{2} [0-9]{3}|[0-9]{3} [A-Z]{2} [0-9]|[0-9]{2} [A-Z]{2} [0-9]{2}|[A-Z]{2} [0-9]{2} [A-Z]{2}";

    // Together, only the shapes that mix letters and digits in three groups, so no word or year matches.
    private const string TogetherGroups =
        "[A-Z]{2}[0-9]{3}[A-Z]|[A-Z][0-9]{3}[A-Z]{2}|[A-Z]{3}[0-9]{2}[A-Z]|[A-Z][0-9]{2}[A-Z]{3}|[0-9]{2}[A-Z]{3}[0-9]"
        + "|[0-9][A-Z]{3}[0-9]{2}|[0-9][A-Z]{2}[0-9]{3}|[0-9]{3}[A-Z]{2}[0-9]|[0-9]{2}[A-Z]{2}[0-9]{2}|[A-Z]{2}[0-9]{2}[A-Z]{2}"
        + "|[A-Z]{2}[0-9]{4}|[0-9]{2}[A-Z]{4}|[A-Z]{4}[0-9]{2}";

    [GeneratedRegex(@"(?<![\p{L}0-9\-])(?:" + Groups + @")(?![\p{L}0-9]|-[\p{L}0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();

    /// <summary>A capital within three characters of a digit: without one, no plate in capitals can be there.</summary>
    private static bool HasCapitalNearDigit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= 'A' and <= 'Z')
            {
                var from = Math.Max(0, i - 3);
                if (text.AsSpan(from, Math.Min(text.Length, i + 4) - from).IndexOfAnyInRange('0', '9') >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // With spaces for dashes, in capitals: "AB 123 C", "12 ABC 3".
    [GeneratedRegex(@"(?<![\p{L}0-9\-])(?:" + SpacedGroups + @")(?![\p{L}0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Spaced();

    [GeneratedRegex(@"(?<![\p{L}0-9\-])(?:" + TogetherGroups + @")(?![\p{L}0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Together();

    // A plate of another country, a few words after the keyword in the same sentence, in capitals with digits:
    // "Buitenlands kenteken, Pools: WGM 4523K", "Belgian plate 1-ABC-234", "kenteken uit Duitsland B-MK 4127".
    [GeneratedRegex(
        @"(?<!\p{L})(?:kenteken(?:nummer|plaat)?|nummerbord|nummerplaat|licen[cs]e[ ]?plate|number[ ]?plate|plate)(?!\p{L})[^.!?]{0,40}?(?<![\p{L}0-9\-])(?<plate>(?-i:[A-Z0-9]{1,4}(?:[ \-]?[A-Z0-9]{1,5}){1,3}))(?![\p{L}0-9\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignAfterKeyword();

    [GeneratedRegex(
        @"(?<!\p{L})(?:kenteken(?:nummer|plaat)?|nummerbord|nummerplaat|licen[cs]e[ ]?plate|number[ ]?plate|registration)(?!\p{L})[^\p{L}0-9]{0,12}(?:(?:van|is|was|met)[ ]+)?(?<plate>[A-Z0-9](?:[ \-]?[A-Z0-9]){5})(?![\p{L}0-9\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();
}
