namespace BreedBot.Web.Scheduling;

/// <summary>The counts of one scheduler pass (for tests and logs).</summary>
internal sealed record SchedulerPass(int Due, int Acted, int Late, int Missed, int NothingToDo, int AlreadyClaimed, int Failed);
