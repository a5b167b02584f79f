using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.TeamWeeks;

namespace BreedBot.Storage.DuoWeeks;

/// <summary>
/// A duo's week. Stored in the TeamWeekFacts table, beside the week's facts: PartitionKey = tenant id | team id |
/// ISO week (the facts' partition), RowKey = <c>duo|</c> duo key (<c>duo|r000003-1a2b3c4d5e6f</c>), so a check-in
/// and the facts it makes are one table transaction. Earlier versions kept it in the DuoWeeks table (PartitionKey
/// = tenant id | team id, RowKey = ISO week | duo key); rows of that shape are still read (<see cref="Legacy"/>).
/// The plan columns are the scheduler's when the week's first reminder went out (<see cref="DuoWeekPlan"/>).
/// No person ids, no free text.
/// </summary>
internal sealed class DuoWeekEntity : ITableEntity
{
    public const string RowPrefix = "duo|";

    /// <summary>Just after every row key that starts with <see cref="RowPrefix"/> ('}' follows '|').</summary>
    public const string RowPrefixEnd = "duo}";

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

    public string? PlannedDay { get; set; }
    public string? PlannedTime { get; set; }
    public bool? PlannedAgreed { get; set; }
    public DateTimeOffset? PairedAt { get; set; }
    public string? TeamName { get; set; }
    public string? TeamTimeZoneId { get; set; }

    public static string Partition(string tenantId, string teamId, IsoWeek week) => TeamWeekFactEntity.Partition(tenantId, teamId, week);

    public static string Row(string duoKey) => RowPrefix + TableKey.Escape(duoKey);

    public static DuoWeekEntity From(string tenantId, string teamId, DuoWeek week, DuoWeekPlan? plan)
    {
        var row = new DuoWeekEntity
        {
            PartitionKey = Partition(tenantId, teamId, week.Week),
            RowKey = Row(week.DuoKey),
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
        if (plan is not null)
        {
            row.PlannedDay = plan.Moment.Day.ToString();
            row.PlannedTime = plan.Moment.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
            row.PlannedAgreed = plan.MomentAgreed;
            row.PairedAt = plan.PairedAt;
            row.TeamName = plan.TeamName;
            row.TeamTimeZoneId = plan.TeamTimeZoneId;
        }

        return row;
    }

    /// <summary>Only the plan's columns, to merge into a row whatever its state (the state columns are left as they are).</summary>
    public static TableEntity PlanOnly(string partition, string rowKey, DuoWeekPlan plan) => new(partition, rowKey)
    {
        [nameof(PlannedDay)] = plan.Moment.Day.ToString(),
        [nameof(PlannedTime)] = plan.Moment.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
        [nameof(PlannedAgreed)] = plan.MomentAgreed,
        [nameof(PairedAt)] = plan.PairedAt,
        [nameof(TeamName)] = plan.TeamName,
        [nameof(TeamTimeZoneId)] = plan.TeamTimeZoneId,
    };

    /// <summary>The row as read among other rows of its partition (a query that also reads the week's salt).</summary>
    public static DuoWeekEntity Of(TableEntity row) => new()
    {
        PartitionKey = row.PartitionKey,
        RowKey = row.RowKey,
        Timestamp = row.Timestamp,
        ETag = row.ETag,
        Week = row.GetString(nameof(Week)) ?? "",
        DuoKey = row.GetString(nameof(DuoKey)) ?? "",
        MovedToDate = row.GetDateTime(nameof(MovedToDate)),
        MovedToTime = row.GetString(nameof(MovedToTime)),
        MoveRevision = row.GetInt32(nameof(MoveRevision)) ?? 0,
        CheckInWhat = row.GetString(nameof(CheckInWhat)),
        CheckInUsefulness = row.GetInt32(nameof(CheckInUsefulness)),
        CheckInAt = row.GetDateTimeOffset(nameof(CheckInAt)),
        SkipReason = row.GetString(nameof(SkipReason)),
        PlannedDay = row.GetString(nameof(PlannedDay)),
        PlannedTime = row.GetString(nameof(PlannedTime)),
        PlannedAgreed = row.GetBoolean(nameof(PlannedAgreed)),
        PairedAt = row.GetDateTimeOffset(nameof(PairedAt)),
        TeamName = row.GetString(nameof(TeamName)),
        TeamTimeZoneId = row.GetString(nameof(TeamTimeZoneId)),
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
            Skip = SkipReason is { } reason ? Enum.Parse<Domain.DuoWeeks.SkipReason>(reason) : null,
        };
    }

    /// <summary>The plan, when the scheduler wrote one and this version can read it.</summary>
    public DuoWeekPlan? ToPlan() =>
        Enum.TryParse<DayOfWeek>(PlannedDay, out var day)
        && TimeOnly.TryParseExact(PlannedTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
        && PairedAt is { } pairedAt
            ? new DuoWeekPlan(new WeeklyMoment(day, time), PlannedAgreed ?? false, pairedAt, TeamName, TeamTimeZoneId)
            : null;

    /// <summary>The keys of the earlier shape, in the DuoWeeks table.</summary>
    public static class Legacy
    {
        public static string Partition(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

        public static string Row(IsoWeek week, string duoKey) => week + "|" + TableKey.Escape(duoKey);
    }
}
