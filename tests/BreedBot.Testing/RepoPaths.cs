namespace BreedBot.Testing;

/// <summary>Where the repository and its pinned Node tools are, found from the test binaries.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding BreedBot.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The Adaptive Card templates and their sample data.</summary>
    public static string Cards => Path.Combine(Root, "cards");

    /// <summary>The packages npm ci installs from package-lock.json.</summary>
    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>The Node script that expands and parses cards with the official packages.</summary>
    public static string CardOracleScript => Path.Combine(Root, "tools", "cards", "expand.mjs");

    /// <summary>node_modules/.bin: the launchers npm ci installs from package-lock.json.</summary>
    public static string NodeBin => Path.Combine(Root, "node_modules", ".bin");

    /// <summary>The launcher of an npm tool, e.g. "azurite"; fails with a clear message when npm ci has not run.</summary>
    public static string NodeTool(string name)
    {
        var path = Path.Combine(NodeBin, name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{path} is missing: run `npm ci` in {Root} (scripts/test.sh does this for you).", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BreedBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No BreedBot.sln above {AppContext.BaseDirectory}: tests must run from the repository's build output.");
    }
}
