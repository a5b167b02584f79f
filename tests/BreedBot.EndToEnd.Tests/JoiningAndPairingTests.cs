using BreedBot.EndToEnd.Tests.Fixtures;

namespace BreedBot.EndToEnd.Tests;

/// <summary>Joining and pairing against the Playground's built-in tenant ("user-id-0", "team-id").</summary>
[Collection(SharedAzurite.Name)]
public sealed class JoiningAndPairingTests(BreedBotInstalledInTeam stack)
    : JoiningAndPairingScenarios(stack), IClassFixture<BreedBotInstalledInTeam>;
