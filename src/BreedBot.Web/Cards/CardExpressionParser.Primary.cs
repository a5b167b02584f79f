using System.Globalization;
using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>The operands: parentheses, string, number and boolean literals, and data paths.</summary>
internal sealed partial class CardExpressionParser
{
    private static readonly HashSet<string> ScopeNames = ["$root", "$data", "$index"];

    private CardExpression ParsePrimary()
    {
        SkipWhitespace();
        var start = _position;
        var c = Peek();
        if (c == '(')
        {
            _position++;
            var inner = ParseOr();
            return TryConsume(")") ? inner : throw Unsupported();
        }

        if (c is '\'' or '"')
        {
            var end = _text.IndexOf(c, _position + 1);
            if (end < 0)
            {
                throw Unsupported();
            }

            _position = end + 1;
            return new CardExpression.Literal(Slice(start), JsonValue.Create(_text[(start + 1)..end]));
        }

        if (char.IsAsciiDigit(c))
        {
            while (char.IsAsciiDigit(Peek()) || Peek() == '.')
            {
                _position++;
            }

            return double.TryParse(Slice(start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? new CardExpression.Literal(Slice(start), JsonValue.Create(number))
                : throw Unsupported();
        }

        var head = ReadIdentifier();
        if (head is "true" or "false")
        {
            return new CardExpression.Literal(head, JsonValue.Create(head == "true"));
        }

        if (head.StartsWith('$') && !ScopeNames.Contains(head))
        {
            throw Unsupported();
        }

        var segments = new List<string>();
        while (true)
        {
            if (Peek() == '.')
            {
                _position++;
                segments.Add(ReadIdentifier());
            }
            else if (Peek() == '[')
            {
                _position++;
                var indexStart = _position;
                while (char.IsAsciiDigit(Peek()))
                {
                    _position++;
                }

                var index = _text[indexStart.._position];
                segments.Add(index.Length > 0 && TryConsume("]") ? index : throw Unsupported());
            }
            else
            {
                var path = Slice(start);
                return new CardExpression.Path(path, new BindingPath(path, head, segments));
            }
        }
    }

    private string ReadIdentifier()
    {
        var start = _position;
        if (Peek() == '$' || Peek() == '_' || char.IsAsciiLetter(Peek()))
        {
            _position++;
            while (Peek() == '_' || char.IsAsciiLetterOrDigit(Peek()))
            {
                _position++;
            }
        }

        return _position > start ? _text[start.._position] : throw Unsupported();
    }
}
