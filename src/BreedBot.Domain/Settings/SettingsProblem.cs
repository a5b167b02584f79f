namespace BreedBot.Domain.Settings;

/// <summary>Why a settings submit was refused; each names one field.</summary>
public enum SettingsProblem
{
    SummaryDay,
    SummaryTime,
    TimeZone,
    Rotation,
    Aandachtsfunctionaris,
    MixRoles,
    RetentionDays,
    Paused,
    Rhythm,
}
