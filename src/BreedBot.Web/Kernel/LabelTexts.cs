using System.Globalization;
using BreedBot.Domain.DuoWeeks;

namespace BreedBot.Web.Kernel;

/// <summary>
/// One table per category that several features show, Dutch and English side by side, as the words read inside a
/// sentence ("Gedaan deze week: casus besproken", "Wat duo's deden: casus besproken (4)"). A choice on a card starts
/// with a capital (<see cref="Capitalized"/>).
/// </summary>
internal static class LabelTexts
{
    public static string Of(DuoActivity value, bool en) => value switch
    {
        DuoActivity.CaseDiscussed => en ? "discussed a case" : "casus besproken",
        DuoActivity.LookedBack => en ? "looked back" : "teruggekeken",
        DuoActivity.SharedKnowledge => en ? "shared knowledge" : "kennis gedeeld",
        _ => en ? "something else" : "anders",
    };

    /// <summary>The label as a choice on a card: "Casus besproken".</summary>
    public static string Capitalized(string label) =>
        label.Length == 0 ? label : char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];
}
