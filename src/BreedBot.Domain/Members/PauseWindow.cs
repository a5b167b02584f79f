namespace BreedBot.Domain.Members;

/// <summary>A pause from <see cref="From"/> up to and including <see cref="Until"/>; afterwards the member takes part again by itself.</summary>
public sealed record PauseWindow(DateOnly From, DateOnly Until)
{
    public bool Covers(DateOnly date) => date >= From && date <= Until;
}
