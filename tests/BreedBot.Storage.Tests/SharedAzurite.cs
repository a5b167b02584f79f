using BreedBot.Testing;

namespace BreedBot.Storage.Tests;

/// <summary>One Azurite for the assembly; each test builds its own tables under a fresh prefix.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Storage";
}
