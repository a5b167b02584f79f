using BreedBot.Domain.Pairing;

namespace BreedBot.Web.Pairing;

/// <summary>
/// What a member's duo card shows: the team, the partner(s) by display name, the weekly moment,
/// and the partners' user principal names for the Teams chat and meeting links (when known).
/// </summary>
public sealed record DuoCardModel(string? TeamName, IReadOnlyList<string> PartnerNames, IReadOnlyList<string> PartnerUpns, WeeklyMoment Moment, bool MomentAgreed)
{
    /// <summary>A duo of the organisation pool: the partners are from other teams, named with their team.</summary>
    public bool Pool { get; init; }
}
