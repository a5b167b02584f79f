namespace BreedBot.Domain.Teams;

/// <summary>
/// One stretch of a team's own quiet weeks ("rustige weken"), e.g. "kerstvakantie" from 19 December to 3 January,
/// both days included. A duo moment on a date inside it gets no reminder and no nudge and counts neither as planned
/// nor as missed; the summary of a week it touches says "rustige week". School holidays are never assumed: only
/// owners mark these. The label passed the privacy guard when it was added.
/// </summary>
public sealed record QuietPeriod(string Label, DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly date) => date >= From && date <= To;

    public bool Overlaps(DateOnly from, DateOnly to) => from <= To && to >= From;
}
