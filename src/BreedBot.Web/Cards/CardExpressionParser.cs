namespace BreedBot.Web.Cards;

/// <summary>
/// Recursive-descent parser for the expression subset, with adaptive-expressions' precedence:
/// <c>!</c> binds tightest, then <c>==</c>/<c>!=</c>, then <c>&amp;&amp;</c>, then <c>||</c>.
/// Anything else (functions, arithmetic, <c>$host</c>) is refused rather than guessed at.
/// </summary>
internal sealed partial class CardExpressionParser
{
    private readonly string _text;
    private int _position;

    private CardExpressionParser(string text) => _text = text;

    public static CardExpression Parse(string text)
    {
        var parser = new CardExpressionParser(text);
        var expression = parser.ParseOr();
        parser.SkipWhitespace();
        return parser._position == text.Length ? expression : throw parser.Unsupported();
    }

    private CardExpression ParseOr()
    {
        var start = _position;
        var left = ParseAnd();
        while (TryConsume("||"))
        {
            left = new CardExpression.Or(Slice(start), left, ParseAnd());
        }

        return left;
    }

    private CardExpression ParseAnd()
    {
        var start = _position;
        var left = ParseEquality();
        while (TryConsume("&&"))
        {
            left = new CardExpression.And(Slice(start), left, ParseEquality());
        }

        return left;
    }

    private CardExpression ParseEquality()
    {
        var start = _position;
        var left = ParseUnary();
        while (true)
        {
            if (TryConsume("=="))
            {
                left = new CardExpression.Equality(Slice(start), left, ParseUnary(), negated: false);
            }
            else if (TryConsume("!="))
            {
                left = new CardExpression.Equality(Slice(start), left, ParseUnary(), negated: true);
            }
            else
            {
                return left;
            }
        }
    }

    private CardExpression ParseUnary()
    {
        var start = _position;
        SkipWhitespace();
        if (Peek() == '!' && Peek(1) != '=')
        {
            _position++;
            var operand = ParseUnary();
            return new CardExpression.Not(Slice(start), operand);
        }

        return ParsePrimary();
    }

    private bool TryConsume(string token)
    {
        SkipWhitespace();
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0)
        {
            return false;
        }

        _position += token.Length;
        return true;
    }

    private void SkipWhitespace()
    {
        while (char.IsWhiteSpace(Peek()))
        {
            _position++;
        }
    }

    private char Peek(int ahead = 0) =>
        _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private string Slice(int start) => _text[start.._position].Trim();

    private CardBindingException Unsupported() => new(
        $"Card expression '${{{_text}}}' is outside the supported subset (paths, literals, !, ==, !=, &&, ||, parentheses); failed at position {_position}.",
        _text);
}
