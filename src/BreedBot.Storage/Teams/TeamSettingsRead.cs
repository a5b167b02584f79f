using Azure;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Teams;

/// <summary>
/// A team's row as the settings card reads it: the team, the changes saved with it and not yet copied to the audit
/// table, and the row's ETag, so a save writes settings and their record in one guarded write without reading again.
/// </summary>
public sealed class TeamSettingsRead
{
    internal TeamSettingsRead(TeamInstallation team, IReadOnlyList<SettingsAuditEntry> pending, ETag etag)
    {
        Team = team;
        Pending = pending;
        ETag = etag;
    }

    public TeamInstallation Team { get; }

    /// <summary>Changes saved with the team's row and not yet copied to the SettingsAudit table, oldest first.</summary>
    public IReadOnlyList<SettingsAuditEntry> Pending { get; }

    internal ETag ETag { get; }
}
