using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Kernel;

/// <summary>A person in a team's roster: the key BreedBot stores them by, their Teams id and display name.</summary>
internal sealed record RosterPerson(string Key, string TeamsUserId, string? Name, string? UserPrincipalName = null)
{
    public static RosterPerson? From(TeamsChannelAccount account) =>
        string.IsNullOrEmpty(account.Id) ? null : new RosterPerson(account.EntraObjectId ?? account.Id, account.Id, account.Name, account.UserPrincipalName ?? account.Email);

    public static RosterPerson Of(TeamMember member) => new(member.MemberKey, member.TeamsUserId, member.Name, member.UserPrincipalName);

    public static RosterPerson? From(ChannelAccount account) =>
        ActivityAddress.UserKey(account) is { } key && !string.IsNullOrEmpty(account.Id) ? new RosterPerson(key, account.Id, account.Name) : null;
}
