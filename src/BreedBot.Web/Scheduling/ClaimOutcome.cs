namespace BreedBot.Web.Scheduling;

/// <summary>What a source did with a claimed occurrence.</summary>
internal enum ClaimOutcome
{
    Acted,
    NothingToDo,
}
