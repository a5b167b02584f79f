using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>
/// One parsed <c>${...}</c> expression of the supported subset: a path, a string, number or boolean
/// literal, <c>!</c>, <c>==</c>, <c>!=</c>, <c>&amp;&amp;</c>, <c>||</c> and parentheses.
/// Evaluation returns the data node itself for a path (callers clone before inserting it).
/// </summary>
internal abstract class CardExpression
{
    protected CardExpression(string text) => Text = text;

    /// <summary>The expression as written between <c>${</c> and <c>}</c>.</summary>
    public string Text { get; }

    public abstract JsonNode Evaluate(BindingScope scope);

    public sealed class Path(string text, BindingPath path) : CardExpression(text)
    {
        public override JsonNode Evaluate(BindingScope scope) => path.Resolve(scope);
    }

    public sealed class Literal(string text, JsonValue value) : CardExpression(text)
    {
        public override JsonNode Evaluate(BindingScope scope) => value.DeepClone();
    }

    public sealed class Not(string text, CardExpression operand) : CardExpression(text)
    {
        public override JsonNode Evaluate(BindingScope scope) =>
            JsonValue.Create(!CardValues.IsLogicTrue(operand.Evaluate(scope)));
    }

    public sealed class Equality(string text, CardExpression left, CardExpression right, bool negated) : CardExpression(text)
    {
        public override JsonNode Evaluate(BindingScope scope) =>
            JsonValue.Create(CardValues.AreEqual(left.Evaluate(scope), right.Evaluate(scope)) != negated);
    }

    public sealed class And(string text, CardExpression left, CardExpression right) : CardExpression(text)
    {
        public override JsonNode Evaluate(BindingScope scope) =>
            JsonValue.Create(CardValues.IsLogicTrue(left.Evaluate(scope)) && CardValues.IsLogicTrue(right.Evaluate(scope)));
    }

    public sealed class Or(string text, CardExpression left, CardExpression right) : CardExpression(text)
    {
        public override JsonNode Evaluate(BindingScope scope) =>
            JsonValue.Create(CardValues.IsLogicTrue(left.Evaluate(scope)) || CardValues.IsLogicTrue(right.Evaluate(scope)));
    }
}
