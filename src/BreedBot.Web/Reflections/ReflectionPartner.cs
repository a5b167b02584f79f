using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.Reflections;

/// <summary>A current duo partner of a reflection's author, in the team where they are paired.</summary>
internal sealed record ReflectionPartner(TeamInstallation Team, TeamMember Member);
