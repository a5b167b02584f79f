using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>
/// What a placeholder can see: the root data, the current <c>$data</c> and, inside a repeated
/// element, <c>$index</c>. Mirrors the evaluation context of adaptivecards-templating.
/// </summary>
internal readonly record struct BindingScope(JsonNode? Root, JsonNode? Data, int? Index)
{
    public static BindingScope ForRoot(JsonNode? root) => new(root, root, null);
}
