namespace BreedBot.Domain.Reflections;

/// <summary>The four sources of discomfort (ongemak) behind professional courage (Movisie).</summary>
public enum DiscomfortSource
{
    Angst,
    Onzekerheid,
    Weerstand,
    Zorgen,
}
