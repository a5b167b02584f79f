namespace BreedBot.Domain.Scheduling;

/// <summary>The kinds of occurrence the duo schedule produces; other capabilities add their own kinds.</summary>
public static class OccurrenceKinds
{
    public const string DuoReminder = "duo-reminder";
    public const string DuoNudge = "duo-nudge";
    public const string PartnerPaused = "partner-paused";
}
