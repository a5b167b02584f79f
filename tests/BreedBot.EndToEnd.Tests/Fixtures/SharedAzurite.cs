using BreedBot.Testing;

namespace BreedBot.EndToEnd.Tests.Fixtures;

/// <summary>One Azurite for the whole assembly; each test class brings its own host, Playground and table prefix.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "End to end";
}
