using System.Globalization;
using System.Text;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// One spelling for the detectors: compatibility forms folded (full-width digits, no-break
/// spaces), invisible format characters dropped so they cannot split a number, curly quotes
/// straightened, and line breaks made spaces.
/// </summary>
internal static class PrivacyText
{
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u00B4' or '`' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
