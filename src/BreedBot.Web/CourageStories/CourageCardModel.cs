using BreedBot.Domain.CourageStories;

namespace BreedBot.Web.CourageStories;

/// <summary>
/// What the "deel een moedig moment" card shows: the teams the person can still share with (one
/// waiting story per team), their waiting stories with a withdraw button, and the form's state
/// when it comes back (the text kept, the chosen team, the problem in words).
/// </summary>
public sealed record CourageCardModel(
    IReadOnlyList<(string TeamId, string? TeamName)> WritableTeams,
    IReadOnlyList<(CourageStory Story, string? TeamName)> Pending,
    bool InAnyTeam,
    string? Story = null,
    string? TeamId = null,
    string? Problem = null);
