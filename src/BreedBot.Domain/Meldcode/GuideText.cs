namespace BreedBot.Domain.Meldcode;

/// <summary>One sentence of the meldcode guide in both languages BreedBot speaks.</summary>
public sealed record GuideText(string Dutch, string English)
{
    public string In(bool english) => english ? English : Dutch;
}
