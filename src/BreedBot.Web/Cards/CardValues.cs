using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>
/// How values behave in expressions, following adaptive-expressions (isLogicTrue, commonEquals)
/// and JavaScript's string conversion for interpolation.
/// </summary>
internal static class CardValues
{
    // adaptive-expressions compares numbers with a tolerance of JavaScript's Number.EPSILON.
    private const double JsEpsilon = 2.220446049250313e-16;

    /// <summary>A boolean is itself; null is false; every other value is true.</summary>
    public static bool IsLogicTrue(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null or JsonValueKind.False => false,
        _ => true,
    };

    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        var leftKind = left?.GetValueKind() ?? JsonValueKind.Null;
        var rightKind = right?.GetValueKind() ?? JsonValueKind.Null;
        if (leftKind == JsonValueKind.Null || rightKind == JsonValueKind.Null)
        {
            return leftKind == rightKind;
        }

        if (leftKind == JsonValueKind.Number && rightKind == JsonValueKind.Number)
        {
            var a = ToDouble(left!);
            var b = ToDouble(right!);
            return a == b || Math.Abs(a - b) < JsEpsilon;
        }

        return leftKind switch
        {
            JsonValueKind.String when rightKind == JsonValueKind.String =>
                string.Equals(ToText(left!), ToText(right!), StringComparison.Ordinal),
            JsonValueKind.True or JsonValueKind.False => leftKind == rightKind,
            JsonValueKind.Array or JsonValueKind.Object => JsonNode.DeepEquals(left, right),
            _ => false,
        };
    }

    /// <summary>
    /// The text a value contributes to an interpolated string ("Hallo ${name}!"). Objects and arrays
    /// are refused: JavaScript would print "[object Object]", which no card should show.
    /// </summary>
    public static string ToInterpolationText(JsonNode value, string expression) => value.GetValueKind() switch
    {
        JsonValueKind.String => ToText(value),
        JsonValueKind.Number => JsNumberText.Format(ToDouble(value)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new CardBindingException(
            $"Card placeholder '${{{expression}}}' inside a text yields an object or array; bind a text or number.",
            expression),
    };

    private static string ToText(JsonNode value) =>
        value.AsValue().TryGetValue<string>(out var text)
            ? text
            : JsonDocument.Parse(value.ToJsonString()).RootElement.GetString() ?? string.Empty;

    // The JSON text is the one representation every JsonValue backing (element, int, double) shares.
    private static double ToDouble(JsonNode value) =>
        double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
