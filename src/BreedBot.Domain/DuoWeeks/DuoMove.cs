
namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// This week's moment moved to another day and time (wall-clock, in each partner's own zone).
/// <see cref="Revision"/> counts the moves, so a moved moment is a new occurrence with its own reminder.
/// </summary>
public sealed record DuoMove(DateOnly Date, TimeOnly Time, int Revision);
