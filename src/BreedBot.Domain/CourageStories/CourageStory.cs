using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Domain.CourageStories;

/// <summary>
/// A "moedig moment": a short courage story a member offered for their team's next weekly summary.
/// While it waits, <see cref="AuthorKey"/> says whose it is, so only they can see and withdraw it.
/// Once a summary takes it (<see cref="PostedWeek"/>), the author key is gone: the story is the
/// team's, anonymous, and kept only until the next week's summary replaces it.
/// </summary>
public sealed record CourageStory(string TenantId, string TeamId, string Id, string Text, string? AuthorKey, DateTimeOffset CreatedAt)
{
    public IsoWeek? PostedWeek { get; init; }

    public DateTimeOffset? PostedAt { get; init; }

    public bool IsPending => PostedWeek is null;
}
