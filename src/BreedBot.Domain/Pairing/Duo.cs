namespace BreedBot.Domain.Pairing;

/// <summary>
/// Two partners, or three for the one trio of an odd count. <paramref name="Moment"/> is the
/// weekly moment they meet; <paramref name="MomentAgreed"/> says whether it lies within every
/// member's preference (see <see cref="DuoMoment"/>), otherwise it is a proposal to confirm.
/// </summary>
public sealed record Duo(IReadOnlyList<string> Members, WeeklyMoment Moment, bool MomentAgreed)
{
    /// <summary>
    /// The members who chose to meet every two weeks (<see cref="DuoWeeks.DuoRhythm"/>). Until every member has, the duo
    /// meets every week; a new or changed duo starts with nobody.
    /// </summary>
    public IReadOnlyList<string> EveryTwoWeeksBy { get; init; } = [];

    public bool AgreedEveryTwoWeeks => Members.Count > 0 && Members.All(EveryTwoWeeksBy.Contains);

    /// <summary><paramref name="member"/> chooses every two weeks; this same duo when they are not in it or already chose.</summary>
    public Duo ChoosingEveryTwoWeeks(string member) =>
        !Members.Contains(member) || EveryTwoWeeksBy.Contains(member) ? this : this with { EveryTwoWeeksBy = [.. EveryTwoWeeksBy, member] };

    /// <summary>Back to every week: any member can, at any time, and every choice of every two weeks goes.</summary>
    public Duo ChoosingEveryWeek() => EveryTwoWeeksBy.Count == 0 ? this : this with { EveryTwoWeeksBy = [] };
}
