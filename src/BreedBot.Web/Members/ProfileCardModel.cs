using BreedBot.Domain.Members;

namespace BreedBot.Web.Members;

/// <summary>What the profile card is showing: the answers, the form to change them, or the question whether to stop.</summary>
public enum ProfileCardMode
{
    Overview,
    Edit,
    ConfirmStop,
}

/// <summary>
/// One team's profile card: the member as stored, the colleagues one may choose "not with", and what the card is
/// doing now. <see cref="Answers"/> and <see cref="Problems"/> are a refused form's, kept; <see cref="Notice"/> says
/// what just happened ("Opgeslagen.", "Je pauzeert tot en met …").
/// </summary>
public sealed record ProfileCardModel(
    string TeamId,
    string? TeamName,
    TeamMember Member,
    IReadOnlyList<(string Key, string Name)> Colleagues,
    DateOnly Today,
    ProfileCardMode Mode = ProfileCardMode.Overview)
{
    public ProfileAnswers? Answers { get; init; }

    public IReadOnlyList<ProfileProblem> Problems { get; init; } = [];

    public string? Notice { get; init; }

    /// <summary>
    /// "Ook een duopartner buiten mijn team": null when the team is not in the organisation pool (the card does not ask),
    /// else the member's choice.
    /// </summary>
    public bool? PoolOptIn { get; init; }
}
