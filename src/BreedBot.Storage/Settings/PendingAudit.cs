using System.Text.Json;
using BreedBot.Domain.Settings;

namespace BreedBot.Storage.Settings;

/// <summary>
/// Settings changes saved with the team's row (column <c>PendingAudit</c>, JSON) in the same ETag-guarded write as the
/// settings themselves, so the record of who changed what is stored the moment the change is, and then copied to the
/// SettingsAudit table after the reply (<see cref="SettingsAuditStore.FlushPendingAsync"/>), which empties the column.
/// </summary>
internal static class PendingAudit
{
    public static IReadOnlyList<SettingsAuditEntry> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        return [.. (JsonSerializer.Deserialize<Row[]>(json) ?? [])
            .Where(r => Enum.TryParse<SettingField>(r.F, out _))
            .Select(r => new SettingsAuditEntry(r.A, r.T, new SettingChange(Enum.Parse<SettingField>(r.F), r.O, r.N)))];
    }

    public static string? Write(IReadOnlyCollection<SettingsAuditEntry> entries) =>
        entries.Count == 0 ? null : JsonSerializer.Serialize(entries.Select(e => new Row(e.ActorKey, e.ChangedAt, e.Change.Field.ToString(), e.Change.Old, e.Change.New)));

    private sealed record Row(string A, DateTimeOffset T, string F, string O, string N);
}
