using BreedBot.Domain.Members;

namespace BreedBot.Web.Members;

/// <summary>
/// What the join card shows: the team, the colleagues one may choose "not with", the answers so far
/// (kept when the card comes back with problems) and the problems to fix.
/// </summary>
public sealed record JoinCardModel(
    string TeamId,
    string? TeamName,
    IReadOnlyList<(string Key, string Name)> Colleagues,
    ProfileAnswers Answers,
    IReadOnlyList<ProfileProblem> Problems)
{
    /// <summary>
    /// "Ook een duopartner buiten mijn team": null when the team is not in the organisation pool (the card does not ask),
    /// else the member's choice so far.
    /// </summary>
    public bool? PoolOptIn { get; init; }

    public static ProfileAnswers AnswersOf(MemberProfile? profile) => profile is null
        ? new ProfileAnswers("", "", "", "", "", "")
        : new ProfileAnswers(
            profile.Role.ToString(),
            profile.Cluster.ToString(),
            profile.PreferredMoment.Day.ToString(),
            profile.PreferredMoment.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            profile.YearsOfExperience?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            string.Join(',', profile.NotWith));
}
