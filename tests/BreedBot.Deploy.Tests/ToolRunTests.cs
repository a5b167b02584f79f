namespace BreedBot.Deploy.Tests;

/// <summary>A missing tool fails the deployment tests; it never turns them into skips.</summary>
public sealed class ToolRunTests
{
    [Fact]
    public async Task RunAsync_ToolNotOnPath_ThrowsWithWhatIsNeeded()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ToolRun.RunAsync("breedbot-no-such-tool", ["--version"]));

        Assert.Contains("Node.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BicepCli_Path_PointsAtTheNuGetPackage()
    {
        var path = BicepCli.Path;

        Assert.Contains("azure.bicep.commandline.linux-x64", path, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }
}
