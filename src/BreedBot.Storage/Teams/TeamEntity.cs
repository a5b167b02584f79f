using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Teams;

/// <summary>Row of the Teams table. PartitionKey = tenant id, RowKey = team id (both <see cref="TableKey"/>-escaped).</summary>
internal sealed class TeamEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public string? TeamName { get; set; }
    public string? AadGroupId { get; set; }
    public string ServiceUrl { get; set; } = "";
    public string ChannelConversationId { get; set; } = "";
    public string BotId { get; set; } = "";
    public string Status { get; set; } = nameof(InstallationStatus.Installed);
    public DateTimeOffset StatusChangedAt { get; set; }
    public DateTimeOffset? WelcomePostedAt { get; set; }
    public int? RotationWeeks { get; set; }
    public string? TimeZoneId { get; set; }
    public string? SummaryDay { get; set; }
    public string? SummaryTime { get; set; }
    public string? AandachtsfunctionarisKey { get; set; }
    public bool? MixRoles { get; set; }
    public int? RetentionDays { get; set; }
    public bool? Paused { get; set; }
    public string? Rhythm { get; set; }

    /// <summary>The team's quiet weeks as JSON (<see cref="QuietPeriodColumn"/>); absent: none.</summary>
    public string? QuietWeeks { get; set; }

    /// <summary>The Teams locale of the install event: the team's language.</summary>
    public string? Locale { get; set; }

    /// <summary>Whether the team is in the organisation pool (<see cref="Pool.PoolStore.RecordOnTeamRowAsync"/>); absent on rows from before.</summary>
    public bool? Pooled { get; set; }

    /// <summary>Settings changes saved with the settings and not yet in the SettingsAudit table (<see cref="Settings.PendingAudit"/>).</summary>
    public string? PendingAudit { get; set; }

    public static TeamEntity From(TeamInstallation team) => new()
    {
        PartitionKey = TableKey.Escape(team.TenantId),
        RowKey = TableKey.Escape(team.TeamId),
        TenantId = team.TenantId,
        TeamId = team.TeamId,
        TeamName = team.TeamName,
        AadGroupId = team.AadGroupId,
        ServiceUrl = team.Channel.ServiceUrl,
        ChannelConversationId = team.Channel.ConversationId,
        BotId = team.Channel.BotId,
        Status = team.Status.ToString(),
        StatusChangedAt = team.StatusChangedAt,
        WelcomePostedAt = team.WelcomePostedAt,
        RotationWeeks = team.RotationWeeks,
        TimeZoneId = team.Settings.TimeZoneId,
        SummaryDay = team.Settings.SummaryDay.ToString(),
        SummaryTime = team.Settings.SummaryTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        AandachtsfunctionarisKey = team.Settings.AandachtsfunctionarisKey,
        MixRoles = team.Settings.MixRoles,
        RetentionDays = team.Settings.RetentionDays,
        Paused = team.Settings.Paused,
        Locale = team.Locale,
        Rhythm = team.Settings.Rhythm.ToString(),
        QuietWeeks = QuietPeriodColumn.Write(team.QuietPeriods),
        Pooled = team.Pooled,
    };

    /// <summary>Writes settings onto this row; absent columns on old rows read as the defaults.</summary>
    public void Apply(TeamSettings settings)
    {
        var row = From(ToDomain() with { Settings = settings });
        TimeZoneId = row.TimeZoneId;
        SummaryDay = row.SummaryDay;
        SummaryTime = row.SummaryTime;
        AandachtsfunctionarisKey = row.AandachtsfunctionarisKey;
        MixRoles = row.MixRoles;
        RetentionDays = row.RetentionDays;
        Paused = row.Paused;
        Rhythm = row.Rhythm;
    }

    public TeamInstallation ToDomain() => new(
        TenantId,
        TeamId,
        TeamName,
        AadGroupId,
        new ConversationAddress(ServiceUrl, ChannelConversationId, BotId),
        Enum.Parse<InstallationStatus>(Status),
        StatusChangedAt,
        WelcomePostedAt)
    {
        RotationWeeks = RotationWeeks ?? RotationInterval.DefaultWeeks,
        Settings = SettingsOf(),
        Locale = Locale,
        QuietPeriods = QuietPeriodColumn.Parse(QuietWeeks),
        Pooled = Pooled,
    };

    private TeamSettings SettingsOf()
    {
        var defaults = TeamSettings.Default;
        return new TeamSettings
        {
            TimeZoneId = TimeZoneId ?? defaults.TimeZoneId,
            SummaryDay = Enum.TryParse<DayOfWeek>(SummaryDay, out var day) ? day : defaults.SummaryDay,
            SummaryTime = TimeOnly.TryParseExact(SummaryTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : defaults.SummaryTime,
            AandachtsfunctionarisKey = AandachtsfunctionarisKey,
            MixRoles = MixRoles ?? defaults.MixRoles,
            RetentionDays = RetentionDays,
            Paused = Paused ?? defaults.Paused,
            Rhythm = Enum.TryParse<DuoRhythm>(Rhythm, out var rhythm) && Enum.IsDefined(rhythm) ? rhythm : defaults.Rhythm,
        };
    }
}
