
namespace BreedBot.Domain.DuoWeeks;

/// <summary>That a duo met this week: what they did, how useful it was (1–5, optional), when it was recorded.</summary>
public sealed record DuoCheckIn(DuoActivity What, int? Usefulness, DateTimeOffset At)
{
    public static bool IsValidUsefulness(int? usefulness) => usefulness is null or (>= 1 and <= 5);
}
