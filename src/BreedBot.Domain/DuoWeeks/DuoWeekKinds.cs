
namespace BreedBot.Domain.DuoWeeks;

/// <summary>The kinds of occurrence the duo schedule produces; other capabilities add their own kinds.</summary>
public static class DuoWeekKinds
{
    public const string DuoReminder = "duo-reminder";
    public const string DuoNudge = "duo-nudge";
    public const string PartnerPaused = "partner-paused";
}
