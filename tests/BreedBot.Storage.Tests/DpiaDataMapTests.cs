using System.Text.RegularExpressions;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests;

/// <summary>The data map in docs/dpia.md names every table and queue the code has, and no other: it cannot drift.</summary>
public sealed partial class DpiaDataMapTests
{
    private static readonly string[] Columns = ["store", "holds", "who can see it", "kept", "in mijn gegevens"];

    [Fact]
    public void DataMap_EveryTableAndQueue_HasOneRowWithEveryColumnFilled()
    {
        var rows = DataMapRows();
        var named = rows.Select(r => StoreName().Match(r[0]).Groups[1].Value).ToList();

        string[] stores = [.. StorageTables.All, StorageQueues.OutboundName, StorageQueues.PoisonName];
        Assert.Equal(stores.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.True(r.Length == Columns.Length && r.All(cell => cell.Length > 0), string.Join(" | ", r)));
    }

    [Fact]
    public void Privacy_NoSentenceContradictsTheDataMap()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var dpia = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "dpia.md"));

        foreach (var text in new[] { readme, dpia })
        {
            Assert.DoesNotContain("Nothing you type is stored", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Clients are not data subjects", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("docs/dpia.md", readme, StringComparison.Ordinal);
    }

    private static List<string[]> DataMapRows()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "dpia.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| store |", StringComparison.Ordinal));
        Assert.True(header >= 0, "docs/dpia.md has no data map table");
        return [.. lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())];
    }

    [GeneratedRegex(@"^`([^`]+)`")]
    private static partial Regex StoreName();
}
