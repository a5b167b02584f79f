namespace BreedBot.Domain.Settings;

/// <summary>The settings an owner can change, as recorded in the audit trail.</summary>
public enum SettingField
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

    /// <summary>A quiet period added or removed (old or new is its label and dates); not part of the settings card's form.</summary>
    QuietWeeks,

    /// <summary>The team joined or left its organisation's pool (on the pool card, not the settings form).</summary>
    OrganisationPool,
}
