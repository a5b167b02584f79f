namespace BreedBot.Domain.Reflections;

/// <summary>The higher goal or value that can matter more than the discomfort.</summary>
public enum HigherGoal
{
    ChildSafety,
    VictimSafety,
    RecoveryOfFamily,
    ProfessionalDuty,
    Other,
}
