namespace BreedBot.Benchmarks.Harness;

/// <summary>The folder holding BreedBot.sln, found from the benchmark's binaries.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BreedBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No BreedBot.sln above {AppContext.BaseDirectory}.");
    });

    public static string Combine(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    /// <summary>node_modules/.bin/<paramref name="tool"/>, with a clear message when npm ci has not run.</summary>
    public static string NodeTool(string tool)
    {
        var path = Combine("node_modules", ".bin", tool);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: run `npm ci` in {Root.Value}.", path);
    }
}
