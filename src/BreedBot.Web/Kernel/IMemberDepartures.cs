using BreedBot.Domain.Teams;

namespace BreedBot.Web.Kernel;

/// <summary>
/// Someone no longer takes part in a team — they stopped, left the team or deleted their data: what that means for the
/// duos (Pairing mends them, the partner is told neutrally). Members and My data say it happened; they know nothing of duos.
/// </summary>
internal interface IMemberDepartures
{
    Task OnLeftAsync(TeamInstallation team, string memberKey, CancellationToken ct);
}
