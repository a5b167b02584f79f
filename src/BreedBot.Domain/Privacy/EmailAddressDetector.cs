using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// Anything shaped like name@domain.tld, and an address written to dodge a filter: "naam [at] domein punt nl",
/// "naam (at) domein dot com", "naam apenstaartje domein.nl", "naam[@]domein[.]nl". Spelled out, the domain
/// must end in a top-level domain people mail from, so "at home. Then" is no address.
/// </summary>
internal static partial class EmailAddressDetector
{
    public static bool Finds(string text) =>
        (text.Contains('@', StringComparison.Ordinal) && Address().IsMatch(text)) || (MaySpellOut(text) && SpelledOut().IsMatch(text));

    private static readonly string[] AtSigns = ["@", " at ", "(at", "[at", "{at", "<at", "apenstaartje"];

    private static bool MaySpellOut(string text) => Array.Exists(AtSigns, at => text.Contains(at, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[\p{L}0-9._%+\-]+@[\p{L}0-9\-]+(?:\.[\p{L}0-9\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(
        @"(?<![\p{L}0-9._%+\-])[\p{L}0-9][\p{L}0-9._%+\-]*[ ]*(?:[\[\(\{<][ ]*(?:at|@|apenstaartje)[ ]*[\]\)\}>]|[ ](?:at|apenstaartje)[ ]|@)[ ]*"
        + @"[\p{L}0-9\-]+(?:[ ]*(?:[\[\(\{<][ ]*(?:\.|dot|punt)[ ]*[\]\)\}>]|[ ](?:dot|punt)[ ]|\.)[ ]*[\p{L}0-9\-]+)*"
        + @"[ ]*(?:[\[\(\{<][ ]*(?:\.|dot|punt)[ ]*[\]\)\}>]|[ ](?:dot|punt)[ ]|\.)[ ]*"
        + @"(?:nl|com|net|org|be|eu|de|info|uk|fr|es|it|pl|tr|ma|sr|cw|aw|io|co|me|biz|online|email|mail)(?![\p{L}0-9])"
        // Or a mail provider's name, even with the top-level domain left out: "sanne at gmail".
        + @"|(?<![\p{L}0-9._%+\-])[\p{L}0-9][\p{L}0-9._%+\-]*[ ]*(?:[\[\(\{<][ ]*(?:at|@)[ ]*[\]\)\}>]|[ ](?:at|apenstaartje)[ ]|@)[ ]*"
        + @"(?:gmail|googlemail|hotmail|outlook|msn|yahoo|icloud|ziggo|kpnmail|kpnplanet|hetnet|xs4all|chello|quicknet|telfort|tele2|zeelandnet|caiway|upcmail|protonmail)(?![\p{L}0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledOut();
}
