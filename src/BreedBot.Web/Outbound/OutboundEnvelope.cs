using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.Outbound;

/// <summary>
/// The body of one queue message: addressing, the rendered card or text, and how many sends failed (and timed out) so far.
/// Plain JSON (the SDK's default, no Base64); above <see cref="CompressAbove"/> bytes it is gzipped into
/// <c>{"gz":"…"}</c> so a large card (a 500-person roster) stays under the queue's 64 KB.
/// </summary>
internal sealed record OutboundEnvelope(
    [property: JsonPropertyName("tenant")] string TenantId,
    [property: JsonPropertyName("team")] string TeamId,
    [property: JsonPropertyName("recipient")] string? RecipientKey,
    [property: JsonPropertyName("occurrence")] string OccurrenceId,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("week")] string Week,
    [property: JsonPropertyName("card")] JsonObject? Card,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("failures")] int Failures)
{
    /// <summary>
    /// Sends of this message that got no answer in time. Such a send may have reached Teams, so one is retried once
    /// and a second ends the delivery (<see cref="Domain.Outbound.DeliveryFailure.NoAnswer"/>).
    /// </summary>
    [JsonPropertyName("timeouts")]
    public int Timeouts { get; init; }

    /// <summary>A late reply's own conversation (instead of the team's channel or the recipient's chat) and what it answers.</summary>
    [JsonPropertyName("conversation")]
    public ConversationAddress? Conversation { get; init; }

    [JsonPropertyName("replyTo")]
    public string? ReplyToId { get; init; }

    /// <summary>The activity in <see cref="Conversation"/> whose card this message replaces, instead of a new message.</summary>
    [JsonPropertyName("updates")]
    public string? UpdateOf { get; init; }

    public const int CompressAbove = 40 * 1024;
    public const int MaxBytes = 60 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string Encode()
    {
        var plain = JsonSerializer.Serialize(this, Json);
        if (Encoding.UTF8.GetByteCount(plain) <= CompressAbove)
        {
            return plain;
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(plain));
        }

        var packed = new JsonObject { ["gz"] = Convert.ToBase64String(buffer.ToArray()) }.ToJsonString();
        return packed.Length <= MaxBytes
            ? packed
            : throw new InvalidOperationException($"An outbound {Kind} message is {packed.Length} bytes even compressed; the queue takes {MaxBytes}.");
    }

    /// <summary>Null when the body is not an envelope (it goes to the poison queue).</summary>
    public static OutboundEnvelope? Decode(string body)
    {
        try
        {
            var node = JsonNode.Parse(body) as JsonObject;
            if (node?["gz"]?.GetValue<string>() is { } packed)
            {
                using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(packed)), CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, Encoding.UTF8);
                node = JsonNode.Parse(reader.ReadToEnd()) as JsonObject;
            }

            var envelope = node?.Deserialize<OutboundEnvelope>(Json);
            return envelope is { TenantId.Length: > 0, TeamId.Length: > 0, OccurrenceId.Length: > 0, Week.Length: > 0 } && (envelope.Card is not null || envelope.Text is not null)
                ? envelope
                : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidDataException or InvalidOperationException)
        {
            return null;
        }
    }
}
