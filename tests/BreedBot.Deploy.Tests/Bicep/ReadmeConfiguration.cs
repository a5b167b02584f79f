using System.Text.RegularExpressions;

namespace BreedBot.Deploy.Tests.Bicep;

/// <summary>
/// The configuration keys the main README documents, read from its "Configuration" table, in the
/// form an App Service app setting takes: ':' becomes '__', and a list key gets its first index
/// ("Bot__AllowedTenants__0").
/// </summary>
internal static partial class ReadmeConfiguration
{
    public static IReadOnlySet<string> AppSettingNames()
    {
        var lines = File.ReadAllLines(DeployPaths.Readme);
        var start = Array.FindIndex(lines, l => l.Trim() == "## Configuration");
        Assert.True(start >= 0, "README.md has no \"## Configuration\" section.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var firstCell = line.Split('|')[1];
            var isList = firstCell.Contains("(list)", StringComparison.Ordinal);
            foreach (Match key in BacktickedKey().Matches(firstCell))
            {
                var name = key.Groups[1].Value.Replace(":", "__", StringComparison.Ordinal);
                names.Add(isList ? name + "__0" : name);
            }
        }

        return names;
    }

    [GeneratedRegex("`([A-Za-z_][A-Za-z0-9_:]*)`")]
    private static partial Regex BacktickedKey();
}
