using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.Teams;

/// <summary>
/// What a team's owners can set. Every default is what a team gets without touching anything, so a
/// freshly installed team works as the design describes: summary Friday 15:00 Amsterdam time,
/// mixed disciplines preferred, the deployment's retention, not paused.
/// </summary>
public sealed record TeamSettings
{
    public static TeamSettings Default { get; } = new();

    /// <summary>IANA id; the team's moments and summary are in this zone unless a member's own zone is known.</summary>
    public string TimeZoneId { get; init; } = ZoneChoice.DefaultId;

    /// <summary>The team's zone; an id this machine does not know falls back to the default rather than failing a post.</summary>
    public TimeZoneInfo Zone => ZoneChoice.For(null, TimeZoneId);

    public DayOfWeek SummaryDay { get; init; } = DayOfWeek.Friday;

    public TimeOnly SummaryTime { get; init; } = new(15, 0);

    /// <summary>The member key of the team's aandachtsfunctionaris, when the owners named one who accepted.</summary>
    public string? AandachtsfunctionarisKey { get; init; }

    public bool MixRoles { get; init; } = true;

    /// <summary>Days reflections and follow-ups are kept; null means the deployment's default.</summary>
    public int? RetentionDays { get; init; }

    /// <summary>How often the team's duos meet; a duo of a weekly team can agree on every two weeks itself.</summary>
    public DuoRhythm Rhythm { get; init; } = DuoRhythm.EveryWeek;

    /// <summary>A paused team gets no reminders and no summaries; its data stays.</summary>
    public bool Paused { get; init; }
}
