using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Cards;

namespace BreedBot.Web.Reflections;

/// <summary>
/// The one line to copy into the client file: that a consultation or reflection took place, at which
/// meldcode step, on which date, and the next step. No client data: only the user's own guarded step text.
/// </summary>
internal static class DossierLine
{
    public static string For(Reflection r, DateOnly completedOn, bool en)
    {
        var stage = r.Meldcode?.Stage ?? MeldcodeStep.NotStarted;
        var step = stage == MeldcodeStep.NotStarted
            ? (en ? "meldcode not yet started" : "meldcode nog niet begonnen")
            : (en ? $"meldcode step {(int)stage}" : $"meldcode stap {(int)stage}");
        var what = r.Shared == true && r.SharedWith.Count > 0
            ? (en ? $"Peer consultation ({step}) with duo partner" : $"Collegiale consultatie ({step}) met duo-partner")
            : (en ? $"Reflection on own actions ({step})" : $"Reflectie op eigen handelen ({step})");
        var next = r.NextStep is { } s
            ? (en
                ? $"; next step: {s.What} ({ReflectionChoiceNames.WithWhom(s.With, en)}, by {ReflectionCardTexts.ShortDate(s.By)})"
                : $"; vervolgstap: {s.What} ({ReflectionChoiceNames.WithWhom(s.With, en)}, uiterlijk {ReflectionCardTexts.ShortDate(s.By)})")
            : "";
        return en ? $"{what} on {ReflectionCardTexts.ShortDate(completedOn)}{next}." : $"{what} op {ReflectionCardTexts.ShortDate(completedOn)}{next}.";
    }
}
