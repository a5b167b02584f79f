using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>
/// A JSON value already written by <see cref="ActivityJson.Options"/>, copied as it is into every activity that carries
/// it. For content many turns share (the help card): walking its tree again on every reply was the largest part of
/// writing the reply. Put it in a <see cref="JsonNode"/> slot with <see cref="Node"/>.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed class RawJson
{
    private RawJson(byte[] utf8) => Utf8 = utf8;

    /// <summary>The value's UTF-8 JSON, exactly as it goes on the wire.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Writes <paramref name="value"/> once, with the wire's rules, so it is byte for byte what the tree would give.</summary>
    public static RawJson Of(JsonNode value) => new(JsonSerializer.SerializeToUtf8Bytes(value, ActivityJson.Options));

    /// <summary>The value as a node: serialising it copies <see cref="Utf8"/>.</summary>
    public JsonNode Node() => JsonValue.Create(this, RawJsonConverter.TypeInfo)!;
}

internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<RawJson> TypeInfo { get; } =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<RawJson>)ActivityJson.Options.GetTypeInfo(typeof(RawJson));

    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader) ?? throw new JsonException("A raw JSON value cannot be null.");
        return RawJson.Of(node);
    }

    // Written by the same options, so it needs no second check.
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
}
