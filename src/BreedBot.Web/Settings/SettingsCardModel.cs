using BreedBot.Domain.Settings;

namespace BreedBot.Web.Settings;

/// <summary>
/// What the settings card shows: the team, the values in the inputs (stored ones, or what was
/// submitted when it comes back with problems), the members who can be aandachtsfunctionaris, the
/// deployment's retention bounds, and — for an owner's own view only — a notice, problems and the
/// recent changes in words.
/// </summary>
public sealed record SettingsCardModel(
    string TeamId,
    string? TeamName,
    SettingsForm Values,
    IReadOnlyList<(string Key, string Name)> Members,
    RetentionBounds Retention)
{
    public string? Notice { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Null: the card does not show the changes (a card everyone in the channel sees).</summary>
    public IReadOnlyList<string>? Changes { get; init; }
}
