using System.IO.Compression;
using System.Text.Json.Nodes;

namespace BreedBot.Deploy.Tests.AppPackage;

/// <summary>deploy/tools/build-app-package.mjs: fills in one deployment's values and zips the package.</summary>
public sealed class PackageBuilderTests : IDisposable
{
    private const string BotId = "3f2a7c1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b";
    private const string Domain = "breedbot-abc123.azurewebsites.net";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("breedbot-package-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Build_WithDeploymentValues_ZipsExactlyThePackageFiles()
    {
        var zip = await BuildAsync();

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Build_WithDeploymentValues_FillsIdsUrlsAndDomain()
    {
        var zip = await BuildAsync();

        using var archive = ZipFile.OpenRead(zip);
        await using var stream = archive.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonNode.ParseAsync(stream))!;
        Assert.Equal(BotId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("https://contoso.example.nl/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://contoso.example.nl/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(BotId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{Domain}/botid-{BotId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal("TeamMember.Read.Group", manifest["authorization"]!["permissions"]!["resourceSpecific"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Build_Result_PassesTheOfficialSchemas()
    {
        var zip = await BuildAsync();
        var unpacked = Path.Combine(_folder.FullName, "unpacked");
        ZipFile.ExtractToDirectory(zip, unpacked);

        var check = await PackageCheck.RunAsync(unpacked);

        Assert.Empty(PackageCheck.ManifestErrors(check));
        Assert.All(check["localizations"]!.AsArray(), l => Assert.Empty(l!["errors"]!.AsArray()));
    }

    [Fact]
    public async Task Build_WithThePlaceholderBotId_Refuses()
    {
        var result = await RunBuilderAsync("00000000-0000-0000-0000-000000000000", Path.Combine(_folder.FullName, "refused.zip"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--bot-id", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "refused.zip")));
    }

    [Fact]
    public async Task Check_ManifestWithABadBotId_ReportsASchemaError()
    {
        // The checker on a known-bad copy: proves that an empty error list means a valid manifest.
        var copy = Directory.CreateDirectory(Path.Combine(_folder.FullName, "broken")).FullName;
        foreach (var file in Directory.GetFiles(DeployPaths.AppPackage))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(copy, "manifest.json")))!;
        manifest["bots"]![0]!["botId"] = "not-a-guid";
        await File.WriteAllTextAsync(Path.Combine(copy, "manifest.json"), manifest.ToJsonString());

        var check = await PackageCheck.RunAsync(copy);

        Assert.Contains(PackageCheck.ManifestErrors(check), e => e.StartsWith("/bots/0/botId", StringComparison.Ordinal));
    }

    private async Task<string> BuildAsync()
    {
        var zip = Path.Combine(_folder.FullName, "breedbot.zip");
        var result = await RunBuilderAsync(BotId, zip);
        Assert.True(result.ExitCode == 0, result.ToString());
        return zip;
    }

    private static Task<ToolResult> RunBuilderAsync(string botId, string zip) => ToolRun.RunAsync("node",
    [
        DeployPaths.PackageBuilder,
        "--bot-id", botId,
        "--domain", Domain,
        "--website-url", "https://contoso.example.nl/breedbot",
        "--privacy-url", "https://contoso.example.nl/privacy",
        "--terms-url", "https://contoso.example.nl/terms",
        "--out", zip,
    ]);
}
