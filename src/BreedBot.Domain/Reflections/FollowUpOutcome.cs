namespace BreedBot.Domain.Reflections;

/// <summary>Did you take the step? ja / deels / nog niet.</summary>
public enum FollowUpOutcome
{
    Taken,
    Partly,
    NotYet,
}
