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
    string? Paused);
