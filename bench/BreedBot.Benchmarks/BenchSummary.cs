using System.Globalization;

namespace BreedBot.Benchmarks;

/// <summary>
/// The headline figures of a run beside their targets (DESIGN.md §5), printed as one table by
/// <c>-- all</c>. Each benchmark adds its own lines.
/// </summary>
internal static class BenchSummary
{
    private static readonly List<(string Figure, string Value, string Target)> Lines = [];

    public static void Add(string figure, string value, string target)
    {
        lock (Lines)
        {
            Lines.Add((figure, value, target));
        }
    }

    public static void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Summary (targets from DESIGN.md §5 and issue 9)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"figure",-58}{"value",-22}target"));
        lock (Lines)
        {
            foreach (var (figure, value, target) in Lines)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {figure,-58}{value,-22}{target}"));
            }
        }
    }
}
