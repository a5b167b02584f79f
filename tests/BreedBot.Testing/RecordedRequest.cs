using System.Text.Json.Nodes;

namespace BreedBot.Testing;

/// <summary>One request the <see cref="ConnectorStandIn"/> received. <see cref="RawTarget"/> is the path and query as sent (still escaped).</summary>
public sealed record RecordedRequest(
    int Sequence,
    string Method,
    string Path,
    string RawTarget,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    public JsonNode? Json => string.IsNullOrWhiteSpace(Body) ? null : JsonNode.Parse(Body);

    public bool Is(string method, string pathPrefix) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && Path.StartsWith(pathPrefix, StringComparison.Ordinal);
}
