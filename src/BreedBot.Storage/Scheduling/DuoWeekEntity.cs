using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.Scheduling;

/// <summary>
/// Row of the DuoWeeks table. PartitionKey = tenant id | team id, RowKey = ISO week | duo key
/// (<c>2027-W07|r000003-1a2b3c4d5e6f</c>), so a pass reads a team's recent weeks in one range query.
/// No person ids, no free text.
/// </summary>
internal sealed class DuoWeekEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Week { get; set; } = "";
    public string DuoKey { get; set; } = "";
    public DateTime? MovedToDate { get; set; }
    public string? MovedToTime { get; set; }
    public int MoveRevision { get; set; }
    public string? CheckInWhat { get; set; }
    public int? CheckInUsefulness { get; set; }
    public DateTimeOffset? CheckInAt { get; set; }
    public string? SkipReason { get; set; }

    public static string Partition(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

    public static string Row(IsoWeek week, string duoKey) => week + "|" + TableKey.Escape(duoKey);

    public static DuoWeekEntity From(string tenantId, string teamId, DuoWeek week) => new()
    {
        PartitionKey = Partition(tenantId, teamId),
        RowKey = Row(week.Week, week.DuoKey),
        Week = week.Week.ToString(),
        DuoKey = week.DuoKey,
        MovedToDate = week.Move?.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        MovedToTime = week.Move?.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
        MoveRevision = week.Move?.Revision ?? 0,
        CheckInWhat = week.CheckIn?.What.ToString(),
        CheckInUsefulness = week.CheckIn?.Usefulness,
        CheckInAt = week.CheckIn?.At,
        SkipReason = week.Skip?.ToString(),
    };

    public DuoWeek ToDomain()
    {
        if (!IsoWeek.TryParse(Week, out var week))
        {
            throw new FormatException("A stored duo week has no valid ISO week.");
        }

        return new DuoWeek(week, DuoKey)
        {
            Move = MovedToDate is { } date && MovedToTime is { } time
                ? new DuoMove(DateOnly.FromDateTime(date), TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture), MoveRevision)
                : null,
            CheckIn = CheckInWhat is { } what && CheckInAt is { } at ? new DuoCheckIn(Enum.Parse<DuoActivity>(what), CheckInUsefulness, at) : null,
            Skip = SkipReason is { } reason ? Enum.Parse<Domain.Scheduling.SkipReason>(reason) : null,
        };
    }
}
