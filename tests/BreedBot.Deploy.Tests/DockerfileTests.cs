using System.Text.RegularExpressions;
using BreedBot.Testing;

namespace BreedBot.Deploy.Tests;

/// <summary>
/// The Dockerfile cannot be built here (no Docker engine), so its promises are read from the text:
/// two stages, a non-root runtime user, a health check, the right entry point, sources that exist.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(DeployPaths.Dockerfile);

    [Fact]
    public void Stages_BuildAndRuntime_AreSeparate()
    {
        var stages = Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 ", stages[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0 ", stages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeStage_User_IsNotRoot()
    {
        var user = Assert.Single(RuntimeStage(), l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();

        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
    }

    [Fact]
    public void RuntimeStage_HealthCheckAndEntryPoint_AreTheBots()
    {
        var runtime = string.Join('\n', RuntimeStage());

        Assert.Contains("HEALTHCHECK", runtime, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080/healthz", runtime, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"BreedBot.Web.dll\"]", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void CopySources_FromTheRepository_Exist()
    {
        var sources = Lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => Words().Split(l.Trim())[1..^1])
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, source)) || Directory.Exists(Path.Combine(RepoPaths.Root, source)), $"COPY {source}: not in the repository."));
    }

    [Fact]
    public void DockerIgnore_BuildOutputAndNodeModules_AreLeftOut()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepoPaths.Root, ".dockerignore"));

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("node_modules/", ignored);
    }

    private static IEnumerable<string> RuntimeStage() =>
        Lines.SkipWhile(l => !l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Words();
}
