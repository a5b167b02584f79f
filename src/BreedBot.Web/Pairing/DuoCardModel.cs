using BreedBot.Domain.Pairing;

namespace BreedBot.Web.Pairing;

/// <summary>
/// What a member's duo card shows: the team, the partner(s) by display name, the weekly moment,
/// and the partners' user principal names for the Teams chat and meeting links (when known). With the team id and
/// duo key its buttons address the duo by ("sla volgende keer over", every two weeks); without them it has none.
/// </summary>
public sealed record DuoCardModel(string? TeamName, IReadOnlyList<string> PartnerNames, IReadOnlyList<string> PartnerUpns, WeeklyMoment Moment, bool MomentAgreed)
{
    public string? TeamId { get; init; }

    public string? DuoKey { get; init; }

    /// <summary>Where the duo stands on meeting every two weeks, seen by the card's reader.</summary>
    public DuoCardRhythm Rhythm { get; init; } = DuoCardRhythm.EveryWeek;

    /// <summary>The partners who chose every two weeks (by name), for <see cref="DuoCardRhythm.ChosenByPartner"/>.</summary>
    public IReadOnlyList<string> ChosenBy { get; init; } = [];

    /// <summary>What a press did, said on the card.</summary>
    public string? Notice { get; init; }

    /// <summary>A duo of the organisation pool: the partners are from other teams, named with their team.</summary>
    public bool Pool { get; init; }
}

/// <summary>The duo's rhythm as one member sees it.</summary>
public enum DuoCardRhythm
{
    /// <summary>Every week; nobody asked for every two weeks.</summary>
    EveryWeek,

    /// <summary>The reader chose every two weeks; the partner(s) have not yet.</summary>
    ChosenByMe,

    /// <summary>A partner chose every two weeks; the reader can agree.</summary>
    ChosenByPartner,

    /// <summary>Every member chose it: the duo meets every two weeks.</summary>
    Agreed,

    /// <summary>The team's owners chose every two weeks for everyone: nothing to agree.</summary>
    Team,
}
