
namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// What a duo did in its moment, as its check-in says; the weekly summary counts the same answers.
/// The names are stored (DuoWeeks, TeamWeekFacts) and are the values of reminder cards already in chats,
/// so they never change. Held-moment facts recorded before this was the only enum carry Dutch names
/// (CasusBesproken, Teruggekeken, KennisGedeeld, Anders); the fact store still reads them.
/// </summary>
public enum DuoActivity
{
    CaseDiscussed,
    LookedBack,
    SharedKnowledge,
    Other,
}
