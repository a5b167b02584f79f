namespace BreedBot.Web.Kernel;

/// <summary>
/// The cards in a person's chat that show a courage story of theirs still waiting for a summary, as far as others need
/// to know of them: Retention takes them back when a waiting story expires and keeps their delivery records while a
/// story may wait; the weekly summary forgets where they are once it made a story the team's, so no record ties the
/// anonymous story to its author. CourageStories answers it.
/// </summary>
internal interface ICourageStoryCards
{
    /// <summary>The delivery kinds of cards that show a courage story.</summary>
    IReadOnlyCollection<string> DeliveryKinds { get; }

    /// <summary>Replaces every card that shows the story with "Dit verhaal is verwijderd"; how many were queued.</summary>
    Task<int> RetractAsync(string tenantId, string teamId, string storyId, CancellationToken ct);

    /// <summary>Forgets where the cards of stories a summary showed are: the stories are the team's now, without author.</summary>
    Task ForgetAsync(string tenantId, IEnumerable<string> storyIds, CancellationToken ct);
}
