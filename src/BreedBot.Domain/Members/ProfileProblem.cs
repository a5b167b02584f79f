namespace BreedBot.Domain.Members;

/// <summary>Why a join card cannot be accepted as it is. The card comes back with the answers kept.</summary>
public enum ProfileProblem
{
    RoleMissing,
    ClusterMissing,
    DayMissing,
    TimeMissing,
    TimeOutOfRange,
    YearsInvalid,
    NotWithTooMany,
    NotWithNotInTeam,
}
