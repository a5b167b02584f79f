using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Teams;

/// <summary>
/// The teams BreedBot is installed in. Every write is conditional on the ETag it read, so two
/// deliveries of the same install event (Teams sends installationUpdate and conversationUpdate,
/// and may repeat either) settle on one row and one welcome.
/// </summary>
public sealed class TeamStore(StorageTables tables, TimeProvider time)
{
    private const int MaxAttempts = 5;
    private TableClient Table => tables.Teams;

    public async Task<TeamInstallation?> GetAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var entity = await FindAsync(tenantId, teamId, ct);
        return entity?.ToDomain();
    }

    /// <summary>Records an installation (new, repeated, or a reinstall after removal) and returns the stored state.</summary>
    public Task<TeamInstallation> RecordInstallAsync(
        string tenantId, string teamId, string? teamName, string? aadGroupId, ConversationAddress channel, CancellationToken ct) =>
        RecordInstallAsync(tenantId, teamId, teamName, aadGroupId, channel, null, languageSetter: false, ct);

    /// <summary>
    /// As above, with the event's <paramref name="locale"/> for the team's language. Only the bot's own install event
    /// (<paramref name="languageSetter"/>: Teams' installationUpdate, with the installer's locale) sets it; the
    /// conversationUpdate that announces the same install as a member added only fills a language not known yet, so
    /// whichever of the two arrives first, the team ends with the install's language. Null keeps what was known.
    /// </summary>
    public async Task<TeamInstallation> RecordInstallAsync(
        string tenantId, string teamId, string? teamName, string? aadGroupId, ConversationAddress channel, string? locale, bool languageSetter, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await FindAsync(tenantId, teamId, ct);
            if (existing is null)
            {
                // A team without a row has no row in the pool either: a purge deletes the team's row last.
                var fresh = new TeamInstallation(tenantId, teamId, teamName, aadGroupId, channel, InstallationStatus.Installed, now, null) { Locale = locale, Pooled = false };
                if (await TryAddAsync(TeamEntity.From(fresh), ct))
                {
                    return fresh;
                }
            }
            else
            {
                var current = existing.ToDomain();
                var reinstalled = current.Status != InstallationStatus.Installed;
                var updated = current with
                {
                    TeamName = teamName ?? current.TeamName,
                    AadGroupId = aadGroupId ?? current.AadGroupId,
                    Channel = channel,
                    Status = InstallationStatus.Installed,
                    StatusChangedAt = reinstalled ? now : current.StatusChangedAt,
                    WelcomePostedAt = reinstalled ? null : current.WelcomePostedAt,
                    Locale = languageSetter ? locale ?? current.Locale : current.Locale ?? locale,
                };
                var row = TeamEntity.From(updated);
                row.PendingAudit = existing.PendingAudit; // not the install's to drop
                if (updated == current || await TryReplaceAsync(row, existing.ETag, ct))
                {
                    return updated;
                }
            }

            if (attempt == MaxAttempts)
            {
                throw new StorageConflictException(StorageTables.TeamsName, attempt);
            }
        }
    }

    /// <summary>
    /// Claims the right to post the welcome for the current installation. Exactly one caller wins;
    /// a caller whose post then fails gives the claim back with <see cref="ReleaseWelcomeAsync"/>.
    /// </summary>
    public async Task<bool> TryClaimWelcomeAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var existing = await FindAsync(tenantId, teamId, ct);
        if (existing is null || !existing.ToDomain().NeedsWelcome)
        {
            return false;
        }

        existing.WelcomePostedAt = time.GetUtcNow();
        return await TryReplaceAsync(existing, existing.ETag, ct);
    }

    public async Task ReleaseWelcomeAsync(string tenantId, string teamId, CancellationToken ct)
    {
        var existing = await FindAsync(tenantId, teamId, ct);
        if (existing?.WelcomePostedAt is null)
        {
            return;
        }

        existing.WelcomePostedAt = null;
        await TryReplaceAsync(existing, existing.ETag, ct);
    }

    /// <summary>
    /// Every installed team, for the rotation job. A scan of the Teams table: one small row per
    /// team, read once an hour — not a request path.
    /// </summary>
    public async Task<IReadOnlyList<TeamInstallation>> ListInstalledAsync(CancellationToken ct)
    {
        var teams = new List<TeamInstallation>();
        await foreach (var entity in Table.QueryAsync<TeamEntity>(TableFilters.Status(nameof(InstallationStatus.Installed)), cancellationToken: ct))
        {
            teams.Add(entity.ToDomain());
        }

        return teams;
    }

    /// <summary>Teams BreedBot was removed from (uninstalled or deleted), for the daily retention run.</summary>
    public async Task<IReadOnlyList<TeamInstallation>> ListRemovedAsync(CancellationToken ct)
    {
        var teams = new List<TeamInstallation>();
        await foreach (var entity in Table.QueryAsync<TeamEntity>(TableFilters.StatusNot(nameof(InstallationStatus.Installed)), cancellationToken: ct))
        {
            teams.Add(entity.ToDomain());
        }

        return teams;
    }

    /// <summary>Records the team's Entra group id (Graph knows the team by it) when it was not known; false when unknown team or unchanged.</summary>
    public Task<bool> SetAadGroupIdAsync(string tenantId, string teamId, string aadGroupId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadGroupId);
        return Table.ChangeAsync<TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), team =>
        {
            if (team.AadGroupId == aadGroupId)
            {
                return false;
            }

            team.AadGroupId = aadGroupId;
            return true;
        }, MaxAttempts, ct);
    }

    public Task<bool> SetRotationWeeksAsync(string tenantId, string teamId, int weeks, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(RotationInterval.IsValid(weeks), false, nameof(weeks));
        return Table.ChangeAsync<TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), team =>
        {
            team.RotationWeeks = weeks;
            return true;
        }, MaxAttempts, ct);
    }

    /// <summary>Changes the team's settings with an ETag-guarded read-modify-write; false when the team is unknown or nothing changed.</summary>
    public Task<bool> UpdateSettingsAsync(string tenantId, string teamId, Func<TeamSettings, TeamSettings> change, CancellationToken ct) =>
        Table.ChangeAsync<TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), team =>
        {
            var before = team.ToDomain().Settings;
            var after = change(before);
            if (after == before)
            {
                return false;
            }

            team.Apply(after);
            return true;
        }, MaxAttempts, ct);

    /// <summary>The team's row as the settings card reads it (with its ETag and the changes not yet in the audit table); null when unknown.</summary>
    public async Task<TeamSettingsRead?> ReadSettingsAsync(string tenantId, string teamId, CancellationToken ct) =>
        await FindAsync(tenantId, teamId, ct) is { } row ? new TeamSettingsRead(row.ToDomain(), Settings.PendingAudit.Parse(row.PendingAudit), row.ETag) : null;

    /// <summary>
    /// Stores <paramref name="state"/> (settings and rotation interval) and the record of <paramref name="changes"/> in
    /// one write guarded by the ETag <paramref name="read"/> saw. False when the row changed since (read it again).
    /// </summary>
    public Task<bool> TryReplaceSettingsAsync(TeamSettingsRead read, TeamSettingsState state, IReadOnlyList<SettingsAuditEntry> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfEqual(RotationInterval.IsValid(state.RotationWeeks), false, nameof(state));
        var row = TeamEntity.From(read.Team with { Settings = state.Settings, RotationWeeks = state.RotationWeeks });
        row.PendingAudit = Settings.PendingAudit.Write([.. read.Pending, .. changes]);
        return TryReplaceAsync(row, read.ETag, ct);
    }

    /// <summary>
    /// Stores the team's quiet weeks and the record of <paramref name="changes"/> in one write guarded by the ETag
    /// <paramref name="read"/> saw (the settings stay as they are). False when the row changed since (read it again).
    /// </summary>
    public Task<bool> TryReplaceQuietPeriodsAsync(TeamSettingsRead read, IReadOnlyList<QuietPeriod> periods, IReadOnlyList<SettingsAuditEntry> changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(changes);
        var row = TeamEntity.From(read.Team with { QuietPeriods = periods });
        row.PendingAudit = Settings.PendingAudit.Write([.. read.Pending, .. changes]);
        return TryReplaceAsync(row, read.ETag, ct);
    }

    /// <summary>
    /// Replaces everything the settings card sets (settings and rotation interval) in one
    /// ETag-guarded write. Returns what was stored before this write — equal to the new state when
    /// nothing changed — or null when the team is unknown.
    /// </summary>
    public async Task<TeamSettingsState?> ReplaceSettingsAsync(string tenantId, string teamId, TeamSettingsState state, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfEqual(RotationInterval.IsValid(state.RotationWeeks), false, nameof(state));
        TeamSettingsState? before = null;
        await Table.ChangeAsync<TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), team =>
        {
            // Each attempt re-reads the row, so the last one seen is the state this write replaced.
            before = TeamSettingsState.Of(team.ToDomain());
            if (before == state)
            {
                return false;
            }

            team.Apply(state.Settings);
            team.RotationWeeks = state.RotationWeeks;
            return true;
        }, MaxAttempts, ct);
        return before;
    }

    /// <summary>Marks the team uninstalled or deleted. Its data stays until the grace period ends.</summary>
    public async Task RecordRemovalAsync(string tenantId, string teamId, InstallationStatus status, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfEqual(status, InstallationStatus.Installed);
        await Table.ChangeAsync<TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), team =>
        {
            if (team.Status == status.ToString())
            {
                return false;
            }

            team.Status = status.ToString();
            team.StatusChangedAt = time.GetUtcNow();
            return true;
        }, MaxAttempts, ct);
    }

    private Task<TeamEntity?> FindAsync(string tenantId, string teamId, CancellationToken ct) =>
        Table.FindAsync<TeamEntity>(TableKey.Escape(tenantId), TableKey.Escape(teamId), ct);

    private Task<bool> TryAddAsync(TeamEntity entity, CancellationToken ct) => Table.TryAddAsync(entity, ct);

    private Task<bool> TryReplaceAsync(TeamEntity entity, ETag etag, CancellationToken ct) => Table.TryReplaceAsync(entity, etag, ct);
}
