using System.Globalization;
using System.Text;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// One spelling for the detectors: the text as <see cref="FreeText.Clean"/> keeps it, compatibility forms
/// folded (full-width digits, no-break spaces), curly quotes straightened, dashes made hyphens and line breaks
/// spaces. A right-to-left override shows its run reversed ("‮nesnaJ" reads "Jansen"), so such a text is also
/// checked in the order a reader sees it.
/// </summary>
internal static class PrivacyText
{
    private const char RightToLeftOverride = '\u202E';

    public static IReadOnlyList<string> FormsToCheck(string text)
    {
        var logical = Normalize(text);
        return text.Contains(RightToLeftOverride, StringComparison.Ordinal) ? [logical, Normalize(AsDisplayed(text))] : [logical];
    }

    public static string Normalize(string text)
    {
        var folded = FreeText.Clean(text).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
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

    /// <summary>Each run from an override to its pop (or the line's end) reversed, as a reader sees it.</summary>
    internal static string AsDisplayed(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf(RightToLeftOverride, i);
            if (start < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, start - i);
            var end = text.IndexOfAny(['\u202C', '\u2069', '\n', '\r'], start + 1);
            end = end < 0 ? text.Length : end;
            var run = text[(start + 1)..end];
            var elements = StringInfo.GetTextElementEnumerator(run);
            var reversed = new List<string>();
            while (elements.MoveNext())
            {
                reversed.Add(elements.GetTextElement());
            }

            reversed.Reverse();
            builder.AppendJoin(string.Empty, reversed);
            i = end < text.Length && text[end] is '\u202C' or '\u2069' ? end + 1 : end;
        }

        return builder.ToString();
    }
}
