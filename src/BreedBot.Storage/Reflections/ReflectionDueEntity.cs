using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace BreedBot.Storage.Reflections;

/// <summary>
/// Row of the ReflectionsDue table. PartitionKey = the UTC date it is due (yyyy-MM-dd), so the
/// scheduler's question "what is due today" is one partition; RowKey = kind|tenant|author|id|round.
/// </summary>
internal sealed class ReflectionDueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string AuthorKey { get; set; } = "";
    public string ReflectionId { get; set; } = "";
    public int Round { get; set; }
    public DateTimeOffset DueAt { get; set; }

    public static string Partition(DateTimeOffset dueAt) => dueAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Row(ReflectionDue due) => string.Join('|',
        due.Kind.ToString(), TableKey.Escape(due.TenantId), TableKey.Escape(due.AuthorKey), TableKey.Escape(due.ReflectionId), due.Round.ToString(CultureInfo.InvariantCulture));

    public static ReflectionDueEntity From(ReflectionDue due) => new()
    {
        PartitionKey = Partition(due.DueAt),
        RowKey = Row(due),
        Kind = due.Kind.ToString(),
        TenantId = due.TenantId,
        AuthorKey = due.AuthorKey,
        ReflectionId = due.ReflectionId,
        Round = due.Round,
        DueAt = due.DueAt,
    };

    public ReflectionDue ToDomain() => new(Enum.Parse<ReflectionDueKind>(Kind), TenantId, AuthorKey, ReflectionId, Round, DueAt);
}
