using BreedBot.Domain.Teams;

namespace BreedBot.Web.Kernel;

/// <summary>
/// A team's roster as Teams reports it, for the Members feature to act on: the whole roster when BreedBot is installed,
/// the members added and removed later. Installation hears it from Teams; Members invites, and lets leave.
/// </summary>
internal interface IRosterChanges
{
    /// <summary>
    /// After an install event: reads the whole roster, invites whoever is new (an invitation sent before is not repeated),
    /// and whoever BreedBot still counts but Teams no longer lists leaves their duo. Returns how many left.
    /// </summary>
    Task<int> InstalledAsync(TeamInstallation team, CancellationToken ct);

    /// <summary>Members Teams named as added (each asked of the roster first) or removed.</summary>
    Task ChangedAsync(TeamInstallation team, IReadOnlyList<RosterPerson> added, IReadOnlyList<RosterPerson> removed, CancellationToken ct);
}
