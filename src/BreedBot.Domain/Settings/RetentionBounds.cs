namespace BreedBot.Domain.Settings;

/// <summary>The deployment's retention bounds for reflections (configuration, passed in).</summary>
public sealed record RetentionBounds(int MinDays, int DefaultDays, int MaxDays)
{
    public bool Contains(int days) => days >= MinDays && days <= MaxDays;
}
