using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Users;

namespace BreedBot.Web.Kernel;

/// <summary>Finds the 1:1 chat with a person, creating it proactively when BreedBot has never talked with them.</summary>
internal sealed class PersonalChats(ConnectorClient connector, UserConversationStore chats)
{
    public async Task<ConversationAddress> ReachAsync(TeamInstallation team, RosterPerson person, CancellationToken ct) =>
        (await ReachInstallationAsync(team, person, ct)).Chat;

    /// <summary>As <see cref="ReachAsync"/>, with what BreedBot knows of the chat (the person's language, when known).</summary>
    public async Task<PersonalInstallation> ReachInstallationAsync(TeamInstallation team, RosterPerson person, CancellationToken ct)
    {
        var known = await chats.GetAsync(team.TenantId, person.Key, ct);
        if (known is { Status: InstallationStatus.Installed })
        {
            return known;
        }

        var created = await connector.CreateConversationAsync(
            new Uri(team.Channel.ServiceUrl),
            ConversationParameters.PersonalChat(team.Channel.BotId, person.TeamsUserId, team.TenantId),
            ct);
        var address = new ConversationAddress(team.Channel.ServiceUrl, created.Id!, team.Channel.BotId);
        await chats.RecordInstallAsync(team.TenantId, person.Key, address, ct);
        return new PersonalInstallation(team.TenantId, person.Key, address, InstallationStatus.Installed, default) { Locale = known?.Locale };
    }
}
