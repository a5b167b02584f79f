using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.CourageStories;

/// <summary>
/// Which courage stories a team's summary of <c>week</c> shows. A summary that already took its
/// stories (a retry after a crash) shows the same ones again; otherwise it takes the oldest waiting
/// ones, at most <see cref="PerSummary"/>, so the card stays short and the rest wait a week.
/// Stories shown in an earlier week are done and can go.
/// </summary>
public sealed record CourageStoryPick(IReadOnlyList<CourageStory> Shown, IReadOnlyList<CourageStory> ToTake, IReadOnlyList<CourageStory> Done)
{
    public const int PerSummary = 3;

    public static CourageStoryPick For(IReadOnlyCollection<CourageStory> stories, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var done = stories.Where(s => s.PostedWeek is { } posted && posted != week).ToList();
        var already = stories.Where(s => s.PostedWeek == week).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (already.Count > 0)
        {
            return new CourageStoryPick(already, [], done);
        }

        var take = stories.Where(s => s.IsPending).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).Take(PerSummary).ToList();
        return new CourageStoryPick([], take, done);
    }
}
