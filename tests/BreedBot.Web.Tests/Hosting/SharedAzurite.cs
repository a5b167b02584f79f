using BreedBot.Testing;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>One Azurite for the host tests; every <see cref="BotHost"/> gets its own table prefix.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Host with Azurite";
}
