using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;

namespace BreedBot.Storage.Members;

/// <summary>Row of the Members table. PartitionKey = tenant id + "|" + team id, RowKey = member key.</summary>
internal sealed class MemberEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public string MemberKey { get; set; } = "";
    public string TeamsUserId { get; set; } = "";
    public string? Name { get; set; }
    public string? UserPrincipalName { get; set; }
    public string Status { get; set; } = nameof(MembershipStatus.Invited);
    public DateTimeOffset StatusChangedAt { get; set; }
    public string? Role { get; set; }
    public string? Cluster { get; set; }
    public string? PreferredDay { get; set; }
    public string? PreferredTime { get; set; }
    public int? YearsOfExperience { get; set; }
    public string? NotWith { get; set; }
    public DateTime? PausedFrom { get; set; }
    public DateTime? PausedUntil { get; set; }
    public string? TimeZoneId { get; set; }

    /// <summary>Null on rows from before the organisation pool: not opted in.</summary>
    public bool? PoolOptIn { get; set; }

    public static string Partition(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

    public static MemberEntity From(TeamMember member) => new()
    {
        PartitionKey = Partition(member.TenantId, member.TeamId),
        RowKey = TableKey.Escape(member.MemberKey),
        TenantId = member.TenantId,
        TeamId = member.TeamId,
        MemberKey = member.MemberKey,
        TeamsUserId = member.TeamsUserId,
        Name = member.Name,
        UserPrincipalName = member.UserPrincipalName,
        Status = member.Status.ToString(),
        StatusChangedAt = member.StatusChangedAt,
        Role = member.Profile?.Role.ToString(),
        Cluster = member.Profile?.Cluster.ToString(),
        PreferredDay = member.Profile?.PreferredMoment.Day.ToString(),
        PreferredTime = member.Profile?.PreferredMoment.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        YearsOfExperience = member.Profile?.YearsOfExperience,
        NotWith = member.Profile is null ? null : string.Join(',', member.Profile.NotWith),
        PausedFrom = member.Pause is null ? null : member.Pause.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        PausedUntil = member.Pause is null ? null : member.Pause.Until.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        TimeZoneId = member.TimeZoneId,
        PoolOptIn = member.PoolOptIn ? true : null,
    };

    public TeamMember ToDomain() => new(
        TenantId,
        TeamId,
        MemberKey,
        TeamsUserId,
        Name,
        Enum.Parse<MembershipStatus>(Status),
        ToProfile(),
        PausedFrom is { } from && PausedUntil is { } until ? new PauseWindow(DateOnly.FromDateTime(from), DateOnly.FromDateTime(until)) : null,
        StatusChangedAt,
        UserPrincipalName)
    {
        TimeZoneId = TimeZoneId,
        PoolOptIn = PoolOptIn == true,
    };

    private MemberProfile? ToProfile()
    {
        if (Role is null || Cluster is null || PreferredDay is null || PreferredTime is null)
        {
            return null;
        }

        return new MemberProfile(
            Enum.Parse<MemberRole>(Role),
            Enum.Parse<Beroepscluster>(Cluster),
            new WeeklyMoment(Enum.Parse<DayOfWeek>(PreferredDay), TimeOnly.ParseExact(PreferredTime, "HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            YearsOfExperience,
            (NotWith ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries));
    }
}
