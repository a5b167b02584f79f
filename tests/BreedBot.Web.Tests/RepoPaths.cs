namespace BreedBot.Web.Tests;

/// <summary>
/// Folders of the repository, found by walking up from the test's base directory to the folder
/// that holds BreedBot.sln. Throws (so tests fail, not skip) when it cannot be found.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Cards => Path.Combine(Root, "cards");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    public static string CardOracleScript => Path.Combine(Root, "tools", "cards", "expand.mjs");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BreedBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder with BreedBot.sln above {AppContext.BaseDirectory}.");
    }
}
