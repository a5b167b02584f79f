using System.Globalization;

namespace BreedBot.Web.Cards;

/// <summary>
/// Formats a number the way JavaScript's Number.prototype.toString does (ECMA-262 Number::toString),
/// so that "${count} cards" reads the same as in the official templating package.
/// </summary>
internal static class JsNumberText
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + Format(-value);
        }

        var (digits, pointPosition) = ShortestDigits(value);
        var k = digits.Length;
        var n = pointPosition;

        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var exponent = n - 1;
        var exponentText = exponent >= 0 ? "+" + exponent.ToString(CultureInfo.InvariantCulture) : exponent.ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + "e" + exponentText : digits[0] + "." + digits[1..] + "e" + exponentText;
    }

    /// <summary>The shortest round-trip digits (no leading or trailing zeros) and where the decimal point goes.</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..];
        var digits = integerPart + fraction;
        var pointPosition = integerPart.Length + exponent;

        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits[leadingZeros..].TrimEnd('0');
        return (digits, pointPosition - leadingZeros);
    }
}
