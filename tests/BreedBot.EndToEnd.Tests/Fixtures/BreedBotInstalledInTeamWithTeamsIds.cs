using BreedBot.Testing;

namespace BreedBot.EndToEnd.Tests.Fixtures;

/// <summary>The same, with a Playground tenant whose ids look like Teams' ("29:…", "19:…@thread.tacv2").</summary>
public sealed class BreedBotInstalledInTeamWithTeamsIds(AzuriteFixture storage)
    : BreedBotInstalledInTeam(storage, PlaygroundTeamsIdsConfig.Yaml);
