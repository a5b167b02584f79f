using System.Globalization;

namespace BreedBot.Web.Localization;

/// <summary>A count with its noun in the right number, in either language: "1 bericht", "3 berichten" — never "bericht(en)".</summary>
public static class CountTexts
{
    /// <summary>The noun alone, as the count asks: one or many.</summary>
    public static string Noun(int count, string one, string many) => count == 1 ? one : many;

    /// <summary>"1 deelnemer", "2 deelnemers".</summary>
    public static string Counted(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Noun(count, one, many);
}
