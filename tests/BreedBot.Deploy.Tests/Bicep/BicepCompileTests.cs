using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BreedBot.Deploy.Tests.Bicep;

/// <summary>Every template compiles and lints with no diagnostic at all, with local modules only.</summary>
public sealed partial class BicepCompileTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var template in DeployPaths.Templates)
        {
            data.Add(Path.GetRelativePath(DeployPaths.Deploy, template));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Build_Template_CompilesWithoutWarnings(string template)
    {
        var folder = Directory.CreateTempSubdirectory("breedbot-bicep-");
        try
        {
            var output = Path.Combine(folder.FullName, "out.json");

            var result = await BicepCli.RunAsync("build", "--no-restore", "--outfile", output, Path.Combine(DeployPaths.Deploy, template));

            Assert.True(result.ExitCode == 0, result.ToString());
            // Bicep prints every warning and error on stderr; a clean build prints nothing there.
            Assert.True(result.Error.Trim().Length == 0, result.ToString());
            Assert.True(File.Exists(output), result.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Lint_Template_ReportsNothing(string template)
    {
        var result = await BicepCli.RunAsync("lint", "--no-restore", "--diagnostics-format", "sarif", Path.Combine(DeployPaths.Deploy, template));

        Assert.True(result.ExitCode == 0, result.ToString());
        var findings = JsonNode.Parse(result.Output)!["runs"]!.AsArray().SelectMany(run => run!["results"]!.AsArray()).ToList();
        Assert.True(findings.Count == 0, result.Output);
    }

    [Fact]
    public async Task Lint_TemplateWithAnUnusedParameter_ReportsIt()
    {
        // The same check on a file with a known flaw: proves an empty report means a clean file.
        var folder = Directory.CreateTempSubdirectory("breedbot-bicep-");
        try
        {
            var flawed = Path.Combine(folder.FullName, "flawed.bicep");
            await File.WriteAllTextAsync(flawed, "param unused string\n");

            var result = await BicepCli.RunAsync("lint", "--no-restore", "--diagnostics-format", "sarif", flawed);

            Assert.Contains("no-unused-params", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Templates_Modules_AreLocalFiles()
    {
        foreach (var template in DeployPaths.Templates)
        {
            foreach (Match module in ModuleReference().Matches(File.ReadAllText(template)))
            {
                var reference = module.Groups[1].Value;
                // br:, br/, ts: and ts/ would make Bicep fetch from a registry.
                Assert.DoesNotContain(':', reference);
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(template)!, reference)), $"{template}: module '{reference}' is not a local file.");
            }
        }
    }

    [GeneratedRegex(@"^module\s+\w+\s+'([^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleReference();
}
