namespace BreedBot.Domain.Courage;

/// <summary>The four sources of discomfort (ongemak) that courage acts through (Movisie, professionele moed en lef).</summary>
public enum DiscomfortSource
{
    Angst,
    Onzekerheid,
    Weerstand,
    Zorgen,
}
