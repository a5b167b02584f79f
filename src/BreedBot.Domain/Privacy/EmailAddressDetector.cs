using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>Anything shaped like name@domain.tld.</summary>
internal static partial class EmailAddressDetector
{
    public static bool Finds(string text) => text.Contains('@', StringComparison.Ordinal) && Address().IsMatch(text);

    [GeneratedRegex(@"[\p{L}0-9._%+\-]+@[\p{L}0-9\-]+(?:\.[\p{L}0-9\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
