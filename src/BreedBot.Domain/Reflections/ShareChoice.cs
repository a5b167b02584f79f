namespace BreedBot.Domain.Reflections;

/// <summary>Step 8: share with my duo partner, or keep it to myself.</summary>
public enum ShareChoice
{
    Share,
    Private,
}
