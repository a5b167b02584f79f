namespace BreedBot.Domain;

/// <summary>
/// A text BreedBot shows in both languages it speaks, Dutch and English: a sentence of the meldcode guide, a command's
/// line on the help card.
/// </summary>
public sealed record BilingualText(string Dutch, string English)
{
    public string In(bool english) => english ? English : Dutch;
}
