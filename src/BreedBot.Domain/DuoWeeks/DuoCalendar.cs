using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// Which weeks a duo has a moment in: its <see cref="DuoRhythm"/> and the team's quiet weeks. Every two weeks means
/// the weeks an even number of weeks from <see cref="Anchor"/>, the week the duo's rotation was paired (in the team's
/// zone), counted with <see cref="IsoWeek.Index"/>: a count that runs on over the turn of the year (week 53 and week 1
/// are two weeks, not one parity) and knows nothing of clocks, so daylight saving cannot move it, and nothing of
/// pauses, so after a pause the duo is back on the same beat. A new rotation starts a new beat: new duos meet in
/// their first week.
/// </summary>
public sealed record DuoCalendar(DuoRhythm Rhythm, IsoWeek Anchor, IReadOnlyList<QuietPeriod> Quiet)
{
    public static DuoCalendar EveryWeek { get; } = new(DuoRhythm.EveryWeek, IsoWeek.Of(DateOnly.MinValue), []);

    /// <summary>The calendar of a duo of a rotation paired at <paramref name="pairedAt"/>, in a team with these settings.</summary>
    public static DuoCalendar For(TeamSettings team, IReadOnlyList<QuietPeriod> quiet, Duo duo, DateTimeOffset pairedAt)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(quiet);
        ArgumentNullException.ThrowIfNull(duo);
        var rhythm = team.Rhythm == DuoRhythm.EveryTwoWeeks || duo.AgreedEveryTwoWeeks ? DuoRhythm.EveryTwoWeeks : DuoRhythm.EveryWeek;
        return new DuoCalendar(rhythm, IsoWeek.Of(pairedAt, team.Zone), quiet);
    }

    /// <summary>A week the rhythm has a moment in (quiet weeks aside).</summary>
    public bool IsRhythmWeek(IsoWeek week) => Rhythm == DuoRhythm.EveryWeek || (week.Index - Anchor.Index) % 2 == 0;

    /// <summary>The quiet period a date lies in, if any.</summary>
    public QuietPeriod? QuietOn(DateOnly date) => Quiet.FirstOrDefault(q => q.Covers(date));

    /// <summary>Whether a week's moment, on <paramref name="date"/>, is a moment at all: a rhythm week and not quiet.</summary>
    public bool HasMoment(IsoWeek week, DateOnly date) => IsRhythmWeek(week) && QuietOn(date) is null;
}
