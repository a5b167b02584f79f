
namespace BreedBot.Domain.DuoWeeks;

/// <summary>What became of a check-in, skip or move on a duo's week.</summary>
public enum DuoWeekChange
{
    Done,
    AlreadyCheckedIn,
    AlreadySkipped,
    NotThisWeek,
    InThePast,
}
