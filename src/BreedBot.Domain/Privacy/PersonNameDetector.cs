using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A capitalised name right after a title or a family role: "mevrouw Jansen", "dhr. de Vries",
/// "mw. 't Hart", "moeder Fatima", "zoon Daan", "Vader, Ahmed, …". The title or role alone
/// ("mevrouw is bang", "moeder vertelde") is how the work speaks and passes.
/// </summary>
internal static partial class PersonNameDetector
{
    /// <summary>Capitalised words that follow a role without being a name.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "Veilig", "Thuis", "Jeugdzorg", "Politie", "Teams", "Nederland", "Nederlands", "Nederlandse", "Engels", "Engelse",
        "Marokkaans", "Marokkaanse", "Turks", "Turkse", "Surinaams", "Surinaamse", "Pools", "Poolse", "Syrisch", "Syrische",
        "Eritrees", "Eritrese", "Somalisch", "Somalische", "Afghaans", "Afghaanse", "Arabisch", "Arabische", "Duits", "Duitse",
        "Antilliaans", "Antilliaanse", "Oekraiens", "Oekraiense", "Kerst", "Pasen", "Ramadan", "Suikerfeest", "Offerfeest",
    };

    public static bool Finds(string text)
    {
        if (!HasCapitalAfterSpace(text))
        {
            return false;
        }

        foreach (Match match in Named().Matches(text))
        {
            // "Teams-belde" is a verb made from a word on the list; a double name keeps both parts.
            var name = match.Groups["name"].Value;
            var firstPart = name.Split('-')[0];
            if (!NotNames.Contains(firstPart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cheap scan first: a name needs a capital that does not start the text.</summary>
    private static bool HasCapitalAfterSpace(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && text[i - 1] is ' ' or ',')
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\-])(?:mevrouw|mevr|mw|meneer|mnr|dhr|de[ ]+heer|heer|mr|juf|juffrouw|meester|dokter|dr|familie|fam"
        + @"|moeder|vader|mama|papa|mam|pap|zoon|zoontje|dochter|dochtertje|oma|opa|broer|broertje|zus|zusje|zuster"
        + @"|stiefvader|stiefmoeder|stiefzoon|stiefdochter|pleegvader|pleegmoeder|pleegzoon|pleegdochter|partner|ex|ex-partner|ex-man|ex-vrouw"
        + @"|echtgenoot|echtgenote|man|vrouw|tante|oom|neef|nicht|buurman|buurvrouw|vriend|vriendin|vriendje|kleinzoon|kleindochter"
        + @"|baby|cli[eë]nt|cli[eë]nte|pati[eë]nt|pati[eë]nte|mrs|ms|miss|mother|father|son|daughter|grandmother|grandfather|brother|sister|aunt|uncle)"
        + @"\.?(?:[ ]*,)?[ ]+(?:(?:van|de|der|den|'t|ter|ten|el|al|la|le|du|da|di|von)[ ]+){0,3}(?-i:(?<name>\p{Lu}\p{Ll}[\p{L}'\-]*))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
