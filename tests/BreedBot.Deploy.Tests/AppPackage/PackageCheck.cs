using System.Text.Json.Nodes;
using BreedBot.Testing;

namespace BreedBot.Deploy.Tests.AppPackage;

/// <summary>
/// deploy/tools/check-app-package.mjs on a package folder: the manifest and its localization files
/// against the official schemas of @microsoft/app-manifest (ajv), the icons read with pngjs.
/// </summary>
internal static class PackageCheck
{
    public static async Task<JsonNode> RunAsync(string folder)
    {
        foreach (var package in new[] { "@microsoft/app-manifest", "ajv-draft-04", "ajv-formats", "pngjs" })
        {
            if (!Directory.Exists(Path.Combine(RepoPaths.NodeModules, package)))
            {
                throw new InvalidOperationException($"npm package '{package}' is missing under {RepoPaths.NodeModules}; run npm ci.");
            }
        }

        var result = await ToolRun.RunAsync("node", [DeployPaths.PackageChecker, folder]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Output)!;
    }

    public static IReadOnlyList<string> ManifestErrors(JsonNode check) =>
        check["manifestErrors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();

    public static JsonNode Icon(JsonNode check, string file) =>
        check["icons"]!.AsArray().Single(i => i!["file"]!.GetValue<string>() == file)!;
}
