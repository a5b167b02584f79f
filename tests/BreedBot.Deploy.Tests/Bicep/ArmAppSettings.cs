using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BreedBot.Deploy.Tests.Bicep;

/// <summary>
/// The app setting names a compiled template sets: {name, value} objects, conditional settings
/// built with createObject('name', …), and loop-built names such as
/// format('Bot__AllowedTenants__{0}', copyIndex(…)), reported with index 0.
/// </summary>
internal static partial class ArmAppSettings
{
    public static IReadOnlySet<string> Names(JsonNode template)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var setting in JsonTree.Objects(template).Where(o => o.Count == 2 && o.ContainsKey("name") && o.ContainsKey("value")))
        {
            var name = setting["name"]!.GetValue<string>();
            var loop = IndexedName().Match(name);
            names.Add(loop.Success ? loop.Groups[1].Value + "0" : name);
        }

        foreach (var expression in JsonTree.Strings(template))
        {
            foreach (Match created in CreatedSetting().Matches(expression))
            {
                names.Add(created.Groups[1].Value);
            }
        }

        return names;
    }

    [GeneratedRegex(@"^\[format\('([A-Za-z0-9_]+)\{0\}'")]
    private static partial Regex IndexedName();

    [GeneratedRegex(@"createObject\('name', '([A-Za-z0-9_]+)', 'value'")]
    private static partial Regex CreatedSetting();
}
