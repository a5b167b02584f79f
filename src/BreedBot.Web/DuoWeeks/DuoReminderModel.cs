using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// What a duo reminder shows: the team, the week's moment (local date and time), the partner(s)
/// by name, the week's state (held, skipped, moved) and, when an answer was refused, why. Its buttons carry the
/// keys an answer addresses rows by: team, week, duo key and the duo's member keys (checked against the duo key
/// and the stored week before anything is read by them for real). Below the moment, the guide for the fifteen minutes
/// (<see cref="BreedBot.Domain.DuoWeeks.DuoGuide"/>), with the week's questions and the step that becomes a follow-up.
/// </summary>
public sealed record DuoReminderModel(
    string TeamId, string? TeamName, IsoWeek Week, string DuoKey, IReadOnlyList<string> MemberKeys, DateOnly Date, TimeOnly Time,
    IReadOnlyList<string> PartnerNames, DuoWeek State, string? Problem = null)
{
    /// <summary>Asked for with "duo-moment" rather than sent at the moment: the title does not say "time for".</summary>
    public bool Asked { get; init; }

    /// <summary>The guide's step part after a press: the step kept (its follow-up date), or what is wrong with it.</summary>
    public DuoStepState Step { get; init; } = DuoStepState.Empty;

    /// <summary>What an answer did, said on the card (the next moment skipped ahead of time).</summary>
    public string? Notice { get; init; }

    /// <summary>The first day the step's date may be: the person's today (the moment's date when unknown).</summary>
    public DateOnly? Today { get; init; }
}

/// <summary>The step part of the duo-moment card: what was typed (shown again after a problem), the problems, or the follow-up date.</summary>
public sealed record DuoStepState(string? What, string? By, IReadOnlyList<string> Problems, DateOnly? FollowUpOn)
{
    public static DuoStepState Empty { get; } = new(null, null, [], null);
}
