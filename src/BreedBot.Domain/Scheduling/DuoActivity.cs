namespace BreedBot.Domain.Scheduling;

/// <summary>What a duo did in its moment, as its check-in says.</summary>
public enum DuoActivity
{
    CaseDiscussed,
    LookedBack,
    SharedKnowledge,
    Other,
}
