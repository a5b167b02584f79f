using System.Globalization;
using System.Text;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// The one normaliser for text a person types into BreedBot, applied before it is checked and before it
/// is stored: bidirectional controls and invisible characters (zero-width spaces and joiners, word joiner,
/// soft hyphen, braille blank, Hangul fillers, tag characters, NUL and other control characters) are
/// removed, so nothing can hide from the privacy guard or make a "blank" label; line breaks become "\n";
/// the result is in NFC and trimmed. A zero-width joiner or variation selector that is part of an emoji stays.
/// </summary>
public static class FreeText
{
    public static string Clean(string? typed)
    {
        if (string.IsNullOrEmpty(typed))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(typed.Length);
        for (var i = 0; i < typed.Length; i++)
        {
            var c = typed[i];
            if (c == '\r')
            {
                builder.Append('\n');
                i += i + 1 < typed.Length && typed[i + 1] == '\n' ? 1 : 0;
            }
            else if (c is '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                builder.Append('\n');
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < typed.Length && char.IsLowSurrogate(typed[i + 1]))
            {
                if (!IsInvisible(char.ConvertToUtf32(c, typed[i + 1])))
                {
                    builder.Append(c).Append(typed[i + 1]);
                }

                i++;
            }
            else if (KeepsEmojiTogether(c, builder, typed, i) || !IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>What a person sees as characters: "👨‍👩‍👧" and "é" count one each, as does every emoji.</summary>
    public static int Length(string? text) => string.IsNullOrEmpty(text) ? 0 : new StringInfo(text).LengthInTextElements;

    /// <summary>Bidirectional controls, format characters and other code points that show nothing.</summary>
    internal static bool IsInvisible(int codePoint) => codePoint switch
    {
        < 0x20 or (>= 0x7F and <= 0x9F) => true, // control characters, NUL included
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x180E => true,
        >= 0x200B and <= 0x200F => true, // zero-width space, non-joiner, joiner; LRM, RLM
        >= 0x202A and <= 0x202E => true, // bidi embeddings and overrides
        >= 0x2060 and <= 0x206F => true, // word joiner, invisible operators, bidi isolates, deprecated formats
        0x2800 or 0x3164 or 0xFEFF or 0xFFA0 => true, // braille blank, Hangul fillers, byte order mark
        >= 0xFE00 and <= 0xFE0F => true, // variation selectors (kept after an emoji, see below)
        >= 0xFFF0 and <= 0xFFFB => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true, // tag characters and supplementary variation selectors
        _ => false,
    };

    /// <summary>A joiner or variation selector right after an emoji belongs to it (👨‍👩‍👧, ❤️, 1️⃣).</summary>
    private static bool KeepsEmojiTogether(char c, StringBuilder kept, string typed, int index)
    {
        if (c is not ('\u200D' or '\uFE0F' or '\uFE0E') || kept.Length == 0)
        {
            return false;
        }

        var last = kept.Length >= 2 && char.IsLowSurrogate(kept[^1]) ? char.ConvertToUtf32(kept[^2], kept[^1]) : kept[^1];
        var afterEmoji = last is '\uFE0F' or '#' or '*' or (>= '0' and <= '9')
            || CharUnicodeInfo.GetUnicodeCategory(last) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
        if (c != '\u200D')
        {
            return afterEmoji;
        }

        // A joiner joins two emoji; before a letter, a digit or nothing it only hides something.
        var next = index + 1 >= typed.Length ? -1 : char.IsSurrogatePair(typed, index + 1) ? char.ConvertToUtf32(typed, index + 1) : typed[index + 1];
        return afterEmoji && last is not (>= '0' and <= '9') && next >= 0
            && CharUnicodeInfo.GetUnicodeCategory(next) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
    }
}
