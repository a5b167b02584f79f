using System.Text.Json.Nodes;

namespace BreedBot.Deploy.Tests.Bicep;

/// <summary>Builds deploy/main.bicep to ARM JSON once for a test class.</summary>
public sealed class BuiltTemplateFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("breedbot-bicep-").FullName;

    internal ToolResult Build { get; private set; } = new(-1, "", "");

    /// <summary>The compiled template; the modules are nested deployments inside it.</summary>
    internal JsonNode Template { get; private set; } = new JsonObject();

    public async Task InitializeAsync()
    {
        var output = Path.Combine(_folder, "main.json");
        Build = await BicepCli.RunAsync("build", "--no-restore", "--outfile", output, DeployPaths.MainTemplate);
        if (Build.ExitCode == 0)
        {
            Template = JsonNode.Parse(await File.ReadAllTextAsync(output))!;
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
