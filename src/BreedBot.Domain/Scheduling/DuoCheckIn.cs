namespace BreedBot.Domain.Scheduling;

/// <summary>That a duo met this week: what they did, how useful it was (1–5, optional), when it was recorded.</summary>
public sealed record DuoCheckIn(DuoActivity What, int? Usefulness, DateTimeOffset At)
{
    /// <summary>The same answer in the summary's vocabulary (the team-week facts store those names).</summary>
    public Courage.DuoActivity Activity => What switch
    {
        DuoActivity.CaseDiscussed => Courage.DuoActivity.CasusBesproken,
        DuoActivity.LookedBack => Courage.DuoActivity.Teruggekeken,
        DuoActivity.SharedKnowledge => Courage.DuoActivity.KennisGedeeld,
        _ => Courage.DuoActivity.Anders,
    };

    public static bool IsValidUsefulness(int? usefulness) => usefulness is null or (>= 1 and <= 5);
}
