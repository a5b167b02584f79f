
namespace BreedBot.Web.Kernel;

/// <summary>What BreedBot could find out about whether someone owns a team.</summary>
internal enum Ownership
{
    Owner,

    NotOwner,

    /// <summary>
    /// Not an owner as far as Teams' roster says, and Graph could not be asked: the team's owners did not grant BreedBot's
    /// consent to read its members (or a tenant policy blocked it). An owner may be refused for that reason.
    /// </summary>
    NoConsent,
}
