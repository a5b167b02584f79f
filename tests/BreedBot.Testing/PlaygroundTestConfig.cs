namespace BreedBot.Testing;

// Shapes of GET /_internal/v1/testConfig (Agents Playground 0.2.28), reduced to what tests use:
// { "config": { "tenantId", "bot": {id,name}, "currentUser": {id,name,...}, "users": [...],
//   "personalChat": {id,name}, "groupChats": [{id,name,members}], "teams": [{id,name,aadGroupId,
//   channels: [{id,name,channelType}], members}] }, "internalConfig": { "locale": "en-US", ... } }
// The personal and group chat ids are new random GUIDs on every start; the team is "team-id",
// and its General channel has the team's id.

/// <summary>The mock tenant the Playground simulates: who the user is, which chats and teams exist.</summary>
public sealed record PlaygroundTestConfig(
    string TenantId,
    PlaygroundAccount Bot,
    PlaygroundAccount CurrentUser,
    IReadOnlyList<PlaygroundAccount> Users,
    PlaygroundChat PersonalChat,
    IReadOnlyList<PlaygroundChat> GroupChats,
    IReadOnlyList<PlaygroundTeam> Teams);

public sealed record PlaygroundAccount(string Id, string Name);

public sealed record PlaygroundChat(string Id, string Name);

public sealed record PlaygroundTeam(string Id, string Name, IReadOnlyList<PlaygroundChat> Channels, IReadOnlyList<string> Members);
