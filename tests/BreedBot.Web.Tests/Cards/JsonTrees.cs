using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Cards;

/// <summary>
/// Parsed JsonNodes build their children lazily, which races when test classes running in
/// parallel read the same shared case. Touching every node once, before sharing, avoids that.
/// </summary>
internal static class JsonTrees
{
    public static JsonNode Materialized(JsonNode node)
    {
        Touch(node);
        return node;
    }

    private static void Touch(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Touch(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Touch(item);
                }

                break;
        }
    }
}
