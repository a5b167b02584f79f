using Azure;
using BreedBot.Domain.DuoWeeks;

namespace BreedBot.Storage.DuoWeeks;

/// <summary>
/// A duo's week as read for a change: its state, the plan the scheduler stored with it (null when none: the week
/// has no reminder yet, or it was stored by an earlier version), and what the write needs to be one guarded
/// transaction — the row's ETag and the week's salt, when known.
/// </summary>
public sealed class DuoWeekRead
{
    internal DuoWeekRead(string tenantId, string teamId, DuoWeek week, DuoWeekPlan? plan, ETag? etag, string? salt)
    {
        TenantId = tenantId;
        TeamId = teamId;
        Week = week;
        Plan = plan;
        ETag = etag;
        Salt = salt;
    }

    public string TenantId { get; }

    public string TeamId { get; }

    /// <summary>The stored state, or an open week when nothing is stored.</summary>
    public DuoWeek Week { get; }

    public DuoWeekPlan? Plan { get; }

    /// <summary>Null when the row is not stored in its current shape (a write inserts it).</summary>
    internal ETag? ETag { get; }

    /// <summary>Null when the week has no salt yet, or this instance did not read it (a write then adds or reads one).</summary>
    internal string? Salt { get; }
}
