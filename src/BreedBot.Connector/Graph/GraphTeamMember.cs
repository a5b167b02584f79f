namespace BreedBot.Connector.Graph;

/// <summary>
/// One member of a team as Graph lists it (an <c>aadUserConversationMember</c>): <see cref="UserId"/> is the Entra
/// object id (an activity's <c>from.aadObjectId</c>); <see cref="Roles"/> is <c>["owner"]</c> for owners, empty for
/// members, <c>["guest"]</c> for guests.
/// </summary>
public sealed record GraphTeamMember(string UserId, IReadOnlyList<string> Roles)
{
    public bool IsOwner => Roles.Any(role => role.Contains("owner", StringComparison.OrdinalIgnoreCase));
}
