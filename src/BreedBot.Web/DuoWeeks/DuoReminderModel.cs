using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// What a duo reminder shows: the team, the week's moment (local date and time), the partner(s)
/// by name, the week's state (held, skipped, moved) and, when an answer was refused, why. Its buttons carry the
/// keys an answer addresses rows by: team, week, duo key and the duo's member keys (checked against the duo key
/// and the stored week before anything is read by them for real).
/// </summary>
public sealed record DuoReminderModel(
    string TeamId, string? TeamName, IsoWeek Week, string DuoKey, IReadOnlyList<string> MemberKeys, DateOnly Date, TimeOnly Time,
    IReadOnlyList<string> PartnerNames, DuoWeek State, string? Problem = null);
