using BreedBot.Testing;

namespace BreedBot.Web.Tests.Architecture;

/// <summary>The C# sources of the product (src/), without build output.</summary>
internal static class SourceFiles
{
    public static string Src => Path.Combine(RepoPaths.Root, "src");

    public static IEnumerable<string> All(string? under = null) =>
        Directory.EnumerateFiles(under ?? Src, "*.cs", SearchOption.AllDirectories)
            .Where(file => !Relative(file).Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    public static string Relative(string file) => Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
}
