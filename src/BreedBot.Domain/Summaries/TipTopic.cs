namespace BreedBot.Domain.Summaries;

/// <summary>What a knowledge tip is about.</summary>
public enum TipTopic
{
    Moed,
    Meldcode,
    VeiligThuis,
    Geweldsvormen,
}
