using System.Text.Json.Nodes;

namespace BreedBot.Deploy.Tests.AppPackage;

/// <summary>Checks deploy/appPackage once for a test class.</summary>
public sealed class PackageCheckFixture : IAsyncLifetime
{
    internal JsonNode Check { get; private set; } = new JsonObject();

    public async Task InitializeAsync() => Check = await PackageCheck.RunAsync(DeployPaths.AppPackage);

    public Task DisposeAsync() => Task.CompletedTask;
}
