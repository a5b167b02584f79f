using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Settings;

/// <summary>
/// Everything an owner sets on the settings card: the team's <see cref="TeamSettings"/> and its
/// rotation interval, which lives beside them on the installation.
/// </summary>
public sealed record TeamSettingsState(TeamSettings Settings, int RotationWeeks)
{
    public static TeamSettingsState Of(TeamInstallation team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new(team.Settings, team.RotationWeeks);
    }
}
