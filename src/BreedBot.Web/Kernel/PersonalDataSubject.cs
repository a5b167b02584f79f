using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.Kernel;

/// <summary>
/// Whose data: a person in their own tenant, with the teams they are active in now and every team
/// they ever had a row in (removed or uninstalled ones too, so erasure misses none).
/// </summary>
internal sealed record PersonalDataSubject(
    string TenantId,
    string MemberKey,
    IReadOnlyList<(TeamInstallation Team, TeamMember Member)> ActiveTeams,
    IReadOnlyList<string> EveryTeamId);
