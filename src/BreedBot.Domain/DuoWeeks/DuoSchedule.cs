using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// A duo of the current rotation as the scheduler sees it. <see cref="Partners"/> holds one entry per
/// member key of <see cref="Duo"/> (a member without a row is treated as not taking part).
/// Nothing is due before <see cref="PairedAt"/>: a duo paired at 10:00 gets no late reminder for 09:00.
/// </summary>
public sealed record DuoSchedule(
    OccurrenceScope Scope,
    string? TeamTimeZoneId,
    int Rotation,
    Duo Duo,
    DateTimeOffset PairedAt,
    IReadOnlyDictionary<string, DuoPartner> Partners)
{
    public string Key { get; } = DuoKey.Of(Rotation, Duo.Members);

    /// <summary>Which weeks have a moment: every week unless the team or the duo chose every two weeks, and not in quiet weeks.</summary>
    public DuoCalendar Calendar { get; init; } = DuoCalendar.EveryWeek;

    public IReadOnlyList<string> OrderedMembers { get; } = DuoKey.Ordered(Duo.Members);

    public TimeZoneInfo ZoneOf(string memberKey) =>
        ZoneChoice.For(Partners.TryGetValue(memberKey, out var partner) ? partner.TimeZoneId : null, TeamTimeZoneId);

    public bool TakesPartOn(string memberKey, DateOnly date) =>
        Partners.TryGetValue(memberKey, out var partner) && partner.TakesPartOn(date);
}
