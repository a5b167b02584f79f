namespace BreedBot.Domain.TeamWeeks;

/// <summary>The kinds of <see cref="TeamWeekFact"/>; the name is stored, so names never change.</summary>
public enum TeamWeekFactKind
{
    DuoMomentPlanned,
    DuoMomentHeld,
    DuoMomentSkipped,
    DuoMomentMissed,
    ReflectionCompleted,
    CourageousStepPlanned,
    CourageousStepOutcome,
}
