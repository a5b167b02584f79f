using BreedBot.Testing;

namespace BreedBot.Deploy.Tests;

/// <summary>Where the deployment files are.</summary>
internal static class DeployPaths
{
    public static string Deploy => Path.Combine(RepoPaths.Root, "deploy");

    public static string MainTemplate => Path.Combine(Deploy, "main.bicep");

    /// <summary>main.bicep and every module: each is built and linted on its own too.</summary>
    public static IReadOnlyList<string> Templates =>
        [MainTemplate, .. Directory.GetFiles(Path.Combine(Deploy, "modules"), "*.bicep").Order(StringComparer.Ordinal)];

    public static string AppPackage => Path.Combine(Deploy, "appPackage");

    public static string PackageChecker => Path.Combine(Deploy, "tools", "check-app-package.mjs");

    public static string PackageBuilder => Path.Combine(Deploy, "tools", "build-app-package.mjs");

    /// <summary>The official Teams schemas, one folder per manifest version (v1.0 … v1.30, vDevPreview).</summary>
    public static string TeamsSchemas =>
        Path.Combine(RepoPaths.NodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    public static string Readme => Path.Combine(RepoPaths.Root, "README.md");

    public static string Dockerfile => Path.Combine(RepoPaths.Root, "Dockerfile");
}
