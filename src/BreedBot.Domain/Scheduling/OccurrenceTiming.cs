namespace BreedBot.Domain.Scheduling;

public enum OccurrenceTiming
{
    /// <summary>Not due yet.</summary>
    NotYet,

    /// <summary>Due now, within the scheduler's normal slack.</summary>
    OnTime,

    /// <summary>Past due (the bot was down or slow) but still useful: act now.</summary>
    Late,

    /// <summary>Too late to be useful: drop it and record it as missed.</summary>
    Missed,
}
