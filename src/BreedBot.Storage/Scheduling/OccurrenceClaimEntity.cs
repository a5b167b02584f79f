using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Scheduling;

namespace BreedBot.Storage.Scheduling;

/// <summary>
/// Row of the OccurrenceClaims table. PartitionKey = tenant id | scope (team) id | UTC due date,
/// RowKey = the occurrence id (escaped). One pass reads a team's claims of a day in one query.
/// </summary>
internal sealed class OccurrenceClaimEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string OccurrenceId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Status { get; set; } = nameof(ClaimStatus.Claimed);
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
    public DateTimeOffset LeaseUntil { get; set; }
    public DateTimeOffset? SettledAt { get; set; }

    public static string Partition(OccurrenceScope scope, DateOnly dueDay) =>
        TableKey.Escape(scope.TenantId) + "|" + TableKey.Escape(scope.ScopeId) + "|" + dueDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Partition(Occurrence occurrence) => Partition(occurrence.Scope, DueDay(occurrence));

    public static DateOnly DueDay(Occurrence occurrence) => DateOnly.FromDateTime(occurrence.DueAt.UtcDateTime);

    public OccurrenceClaim ToClaim() => new(OccurrenceId, Kind, Enum.Parse<ClaimStatus>(Status), ClaimedAt, LeaseUntil);
}
