using System.Globalization;
using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// Numbers read out in words, as people type them to keep a field free of digits: "nul zes, vierentachtig" (a phone number),
/// "vijfendertig twaalf" (a postcode), "nummer zeventien" (a house number), "zeven twee drie acht …" (an account).
/// </summary>
internal static partial class NumberWords
{
    private static readonly string[] Units = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"];
    private static readonly string[] EnglishUnits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Teens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
    private static readonly string[] Tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

    /// <summary>The digits a Dutch number word stands for ("nul" 0, "negentien" 19, "vierentachtig" 84), or null.</summary>
    public static string? Digits(string word)
    {
        word = word.Replace('é', 'e').Replace('ë', 'e');
        var unit = Array.IndexOf(Units, word);
        unit = unit >= 0 ? unit : Array.IndexOf(EnglishUnits, word);
        if (unit >= 0)
        {
            return unit.ToString(CultureInfo.InvariantCulture);
        }

        var teen = Array.IndexOf(Teens, word);
        if (teen >= 0)
        {
            return (10 + teen).ToString(CultureInfo.InvariantCulture);
        }

        for (var ten = 2; ten < Tens.Length; ten++)
        {
            if (word == Tens[ten])
            {
                return (ten * 10).ToString(CultureInfo.InvariantCulture);
            }

            // "vierentachtig": a unit, "en", a ten.
            if (word.EndsWith("en" + Tens[ten], StringComparison.Ordinal) && Array.IndexOf(Units, word[..^(Tens[ten].Length + 2)]) is > 0 and var compoundUnit)
            {
                return ((ten * 10) + compoundUnit).ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>
    /// The digits of the number that starts at <paramref name="start"/>, in figures, in words or both, its parts separated by
    /// spaces, commas, dots or hyphens only ("zeven twee 38 één", "vijfendertig twaalf"); empty when none starts there.
    /// </summary>
    public static string ReadFrom(string text, int start)
    {
        var digits = new System.Text.StringBuilder();
        foreach (Match part in Part().Matches(text, start))
        {
            if (part.Index != start && !text.AsSpan(start, part.Index - start).Trim(" ,.-").IsEmpty)
            {
                break;
            }

            var value = char.IsAsciiDigit(part.Value[0]) ? part.Value : Digits(part.Value.ToLowerInvariant());
            if (value is null)
            {
                break;
            }

            digits.Append(value);
            start = part.Index + part.Length;
        }

        return digits.ToString();
    }

    [GeneratedRegex(@"\p{L}+|[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
