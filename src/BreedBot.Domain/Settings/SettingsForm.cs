using System.Globalization;

namespace BreedBot.Domain.Settings;

/// <summary>What the settings card sent, as text exactly as submitted; nothing is trusted until validated.</summary>
public sealed record SettingsForm(
    string? SummaryDay,
    string? SummaryTime,
    string? TimeZoneId,
    string? Rotation,
    string? Aandachtsfunctionaris,
    string? MixRoles,
    string? RetentionDays,
    string? Paused,
    string? Rhythm = null)
{
    /// <summary>The card's choice for "no aandachtsfunctionaris" (a member key is never this).</summary>
    public const string Nobody = "none";

    /// <summary>The card's values for what is stored now.</summary>
    public static SettingsForm Of(TeamSettingsState state, RetentionBounds retention)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(retention);
        var s = state.Settings;
        return new SettingsForm(
            s.SummaryDay.ToString(),
            s.SummaryTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            s.TimeZoneId,
            SettingsValidator.Canonical(state.RotationWeeks),
            s.AandachtsfunctionarisKey ?? Nobody,
            s.MixRoles ? "true" : "false",
            (s.RetentionDays ?? retention.DefaultDays).ToString(CultureInfo.InvariantCulture),
            s.Paused ? "true" : "false",
            s.Rhythm.ToString());
    }
}
