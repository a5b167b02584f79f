using System.Text;
using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>
/// A template string value that contains <c>${...}</c>. Exactly one placeholder and nothing else
/// (<c>"${count}"</c>) yields the typed value, as the official package does, unless it is a bare
/// literal; any other mix is interpolated into a string. Backslashes and backticks are refused in such strings because the
/// official package treats them as escapes of its backtick-string syntax.
/// </summary>
internal sealed class TemplateString
{
    private readonly IReadOnlyList<object> _parts;

    private TemplateString(IReadOnlyList<object> parts) => _parts = parts;

    public static bool HasPlaceholder(string text) => text.Contains("${", StringComparison.Ordinal);

    public static TemplateString Parse(string text)
    {
        if (text.Contains('\\', StringComparison.Ordinal) || text.Contains('`', StringComparison.Ordinal))
        {
            throw new CardBindingException($"Card template string '{text}' mixes placeholders with a backslash or backtick; that is not supported.");
        }

        var parts = new List<object>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("${", position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(text[position..]);
                break;
            }

            if (open > position)
            {
                parts.Add(text[position..open]);
            }

            var close = FindClose(text, open + 2);
            parts.Add(CardExpressionParser.Parse(text[(open + 2)..close]));
            position = close + 1;
        }

        return new TemplateString(parts);
    }

    public JsonNode Evaluate(BindingScope scope)
    {
        // A lone literal ("${3}", "${'x'}") stays text: the official package only keeps the type of
        // a placeholder that reads data or computes something.
        if (_parts is [CardExpression single and not CardExpression.Literal])
        {
            return single.Evaluate(scope).DeepClone();
        }

        var builder = new StringBuilder();
        foreach (var part in _parts)
        {
            builder.Append(part is CardExpression expression
                ? CardValues.ToInterpolationText(expression.Evaluate(scope), expression.Text)
                : (string)part);
        }

        return JsonValue.Create(builder.ToString());
    }

    /// <summary>Evaluates a <c>$when</c>; only a boolean is accepted (the official package silently drops anything else).</summary>
    public bool EvaluateCondition(BindingScope scope, string text)
    {
        if (_parts is not [CardExpression])
        {
            throw new CardBindingException($"Card $when '{text}' must be a single ${{...}} expression.");
        }

        return Evaluate(scope).GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.True => true,
            System.Text.Json.JsonValueKind.False => false,
            _ => throw new CardBindingException($"Card $when '{text}' does not evaluate to true or false.", text),
        };
    }

    private static int FindClose(string text, int start)
    {
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '}')
            {
                return i;
            }
        }

        throw new CardBindingException($"Card template string '{text}' has a '${{' without a closing '}}'.");
    }
}
