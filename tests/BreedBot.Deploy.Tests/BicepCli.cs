using System.Reflection;

namespace BreedBot.Deploy.Tests;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package. Every command runs
/// with --no-restore: the templates use only local modules, and restore is what would contact
/// a registry (it downloads the public module index even when no registry module is used).
/// </summary>
internal static class BicepCli
{
    public static string Path
    {
        get
        {
            var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BicepCli").Value!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The Bicep CLI is missing at {path}: run `dotnet restore` (it is a PackageDownload of this project).", path);
            }

            return path;
        }
    }

    // The CLI itself sends no telemetry and checks for no updates (the Azure CLI wrapper does,
    // and it is not used); strace of build and lint with --no-restore shows no network access.
    public static Task<ToolResult> RunAsync(params string[] arguments) => ToolRun.RunAsync(Path, arguments);
}
