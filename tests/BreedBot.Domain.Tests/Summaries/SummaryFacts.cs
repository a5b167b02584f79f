using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.Tests.Summaries;

/// <summary>Builds weeks of facts for the summary tests; ids only need to be distinct.</summary>
internal static class SummaryFacts
{
    public static readonly IsoWeek Week = new(2027, 7);

    private static int next;

    public static string Id() => "f" + Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<TeamWeekFact> Reflections(int count, params DiscomfortSource[] sources) =>
        Enumerable.Range(0, count).Select(_ => (TeamWeekFact)new ReflectionCompleted(Id(), sources, null, [], []));

    public static IEnumerable<TeamWeekFact> Held(int count, int? usefulness = null, params DuoActivity[] activities) =>
        Enumerable.Range(0, count).Select(_ => (TeamWeekFact)new DuoMomentHeld(Id(), activities, usefulness));

    public static IEnumerable<TeamWeekFact> Planned(int count) =>
        Enumerable.Range(0, count).Select(_ => (TeamWeekFact)new DuoMomentPlanned(Id()));

    public static TeamWeekFacts WeekOf(int participants, params IEnumerable<TeamWeekFact>[] facts) =>
        new(Week, [.. facts.SelectMany(f => f)], participants);
}
