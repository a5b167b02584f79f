using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.Reflections;

/// <summary>A current duo partner of the author, in the team where they are paired.</summary>
internal sealed record DuoPartner(TeamInstallation Team, TeamMember Member);
