using BreedBot.Domain.Reflections;
using BreedBot.Domain.Scheduling;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Now, today and the time zone a reflection is read in. Teams in BreedBot default to
/// Europe/Amsterdam; a person's reflection is not tied to one team, so that zone is used.
/// </summary>
internal sealed class ReflectionClock(TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = ZoneChoice.Default;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => ReflectionSchedule.LocalDate(time.GetUtcNow(), Zone);

    public ReflectionContext Context(IReadOnlyList<string>? partners = null) =>
        new(Now, Today, ReflectionTextRules.Rules, partners ?? []);
}
