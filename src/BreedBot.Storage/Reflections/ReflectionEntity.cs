using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Reflections;

namespace BreedBot.Storage.Reflections;

/// <summary>
/// Row of the Reflections table. PartitionKey = tenant id + "|" + author key (so "my reflections"
/// is one partition), RowKey = reflection id. The answers travel as one JSON document, so a step is
/// one row replace: it applies whole or not at all. The columns beside it serve listing and erasing.
/// </summary>
internal sealed class ReflectionEntity : ITableEntity
{
    private static readonly JsonSerializerOptions Json = new()
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Label { get; set; }
    public int Step { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The last change (a step, a follow-up, the partner's response): retention counts from here.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }
    public DateTimeOffset? FollowUpDue { get; set; }
    public DateTimeOffset? NudgeDue { get; set; }
    public string Document { get; set; } = "";

    public static string Partition(string tenantId, string authorKey) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(authorKey);

    public static ReflectionEntity From(Reflection reflection, DateTimeOffset? followUpDue, DateTimeOffset? nudgeDue) => new()
    {
        PartitionKey = Partition(reflection.TenantId, reflection.AuthorKey),
        RowKey = TableKey.Escape(reflection.Id),
        Label = reflection.Label,
        Step = (int)reflection.Step,
        StartedAt = reflection.StartedAt,
        CompletedAt = reflection.CompletedAt,
        UpdatedAt = reflection.UpdatedAt,
        FollowUpDue = followUpDue,
        NudgeDue = nudgeDue,
        Document = JsonSerializer.Serialize(reflection, Json),
    };

    public Reflection ToDomain() => JsonSerializer.Deserialize<Reflection>(Document, Json)
        ?? throw new InvalidOperationException("A stored reflection has no document.");
}
