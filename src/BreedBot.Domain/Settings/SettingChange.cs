using System.Globalization;

namespace BreedBot.Domain.Settings;

/// <summary>
/// One field that changed, old and new as stored values ("Friday", "15:00", "8", "true", a member
/// key, "" for nothing); the card puts them into words.
/// </summary>
public sealed record SettingChange(SettingField Field, string Old, string New)
{
    /// <summary>The fields that differ between two states, in the card's order.</summary>
    public static IReadOnlyList<SettingChange> Between(TeamSettingsState before, TeamSettingsState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<SettingChange>();
        // The organisation pool is no field of the settings form: its own card records joining and leaving.
        foreach (var field in Enum.GetValues<SettingField>().Where(f => f != SettingField.OrganisationPool))
        {
            var (old, now) = (ValueOf(before, field), ValueOf(after, field));
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new SettingChange(field, old, now));
            }
        }

        return changes;
    }

    public static string ValueOf(TeamSettingsState state, SettingField field)
    {
        ArgumentNullException.ThrowIfNull(state);
        var s = state.Settings;
        return field switch
        {
            SettingField.SummaryDay => s.SummaryDay.ToString(),
            SettingField.SummaryTime => s.SummaryTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            SettingField.TimeZone => s.TimeZoneId,
            SettingField.Rotation => state.RotationWeeks.ToString(CultureInfo.InvariantCulture),
            SettingField.Aandachtsfunctionaris => s.AandachtsfunctionarisKey ?? "",
            SettingField.MixRoles => s.MixRoles ? "true" : "false",
            SettingField.RetentionDays => s.RetentionDays?.ToString(CultureInfo.InvariantCulture) ?? "",
            SettingField.Paused => s.Paused ? "true" : "false",
            SettingField.Rhythm => s.Rhythm.ToString(),
            // Quiet weeks are added and removed on their own card, which records each change itself.
            SettingField.QuietWeeks => "",
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }
}
