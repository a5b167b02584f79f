using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Settings;

namespace BreedBot.Storage.Settings;

/// <summary>
/// Row of the SettingsAudit table. PartitionKey = tenant|team, RowKey = inverted ticks of the
/// change, then its place in the submit ("0251…|02"), so a partition query lists the newest first.
/// </summary>
internal sealed class SettingsAuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ActorKey { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public string Field { get; set; } = "";
    public string OldValue { get; set; } = "";
    public string NewValue { get; set; } = "";

    public static string Partition(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

    public static SettingsAuditEntity From(string tenantId, string teamId, int index, SettingsAuditEntry entry) => new()
    {
        PartitionKey = Partition(tenantId, teamId),
        RowKey = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - entry.ChangedAt.UtcTicks:D19}|{index:D2}"),
        ActorKey = entry.ActorKey,
        ChangedAt = entry.ChangedAt,
        Field = entry.Change.Field.ToString(),
        OldValue = entry.Change.Old,
        NewValue = entry.Change.New,
    };

    /// <summary>Null for a field this version does not know (a row written by a newer one).</summary>
    public SettingsAuditEntry? ToDomain() => Enum.TryParse<SettingField>(Field, out var field)
        ? new SettingsAuditEntry(ActorKey, ChangedAt, new SettingChange(field, OldValue, NewValue))
        : null;
}
