using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// What the scheduler knew of a duo when the week's first reminder went out: its weekly moment, when its rotation was
/// paired, and the team's name and time zone. Stored with the duo's week, so an answer on that reminder finds the
/// duo's week and what its card shows in one row, and the row's existence says the scheduler planned this duo this
/// week (no person in it: the members are in the duo key's hash).
/// </summary>
public sealed record DuoWeekPlan(WeeklyMoment Moment, bool MomentAgreed, DateTimeOffset PairedAt, string? TeamName, string? TeamTimeZoneId)
{
    public static DuoWeekPlan Of(DuoSchedule schedule, string? teamName)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new(schedule.Duo.Moment, schedule.Duo.MomentAgreed, schedule.PairedAt, teamName, schedule.TeamTimeZoneId);
    }
}
