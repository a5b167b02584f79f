using System.Security.Cryptography;
using System.Text;
using BreedBot.Connector.Schema;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Outbound;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;
using BreedBot.Web.Turn;

namespace BreedBot.Web.CourageStories;

/// <summary>
/// Where the cards that show a waiting courage story are — the "deel een moedig moment" card listing it, the card that
/// confirmed it — recorded when they are shown, so that withdrawing, erasing (<c>verwijder mijn gegevens</c>) or the
/// end of its retention replaces each of them with "Dit verhaal is verwijderd" (<see cref="CardRetraction"/>). The
/// records are filed like personal-chat deliveries, outside any team, one per story and card.
/// </summary>
internal sealed class CourageStoryCards(DeliveryStore deliveries, CardRetraction retraction, TimeProvider time, ILogger<CourageStoryCards> logger) : ICourageStoryCards
{
    /// <summary>The kind of a record of a card that shows a courage story: answered in place, not a message sent.</summary>
    public const string CardKind = "courage-card";

    public IReadOnlyCollection<string> DeliveryKinds { get; } = [CardKind];

    /// <summary>Records that the card <paramref name="activityId"/> in the person's chat shows <paramref name="stories"/>.</summary>
    public async Task RecordAsync(Activity activity, string? activityId, IEnumerable<CourageStory> stories, CancellationToken ct)
    {
        if (activityId is not { Length: > 0 } || ActivityAddress.UserKey(activity.From) is not { } userKey
            || !ActivityAddress.TryGetPersonal(activity, out _, out _, out var chat))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var story in stories)
        {
            await deliveries.SettleAsync(
                new DeliveryRecord(story.TenantId, OutboundMessage.NoTeam, IsoWeek.Of(now, ZoneChoice.Default).ToString(), CardOf(story.Id, activityId), userKey,
                    CardKind, DeliveryOutcome.Sent, now)
                {
                    Conversation = chat,
                    ActivityId = activityId,
                    Attempts = 1,
                },
                ct);
        }
    }

    public Task<int> RetractAsync(string tenantId, string teamId, string storyId, CancellationToken ct) => RetractAsync(tenantId, teamId, storyId, except: null, ct);

    /// <summary>Every card that shows the story, except <paramref name="except"/>: the card the person withdrew it on, which that answer replaces.</summary>
    public async Task<int> RetractAsync(string tenantId, string teamId, string storyId, string? except, CancellationToken ct)
    {
        // Counted in the status of the story's team, though the cards are in the author's personal chat.
        var count = await retraction.ReplaceAsync(tenantId, [About(storyId)], "retract/", static (_, language) => CourageStoryTexts.Retracted(language),
            forget: true, except, ct, teamId);
        Log.CourageStoryCardsRetracted(logger, count);
        return count;
    }

    public Task ForgetAsync(string tenantId, IEnumerable<string> storyIds, CancellationToken ct) =>
        retraction.ForgetAsync(tenantId, [.. storyIds.Select(About)], ct);

    private static string About(string storyId) => "courage-card/" + storyId;

    // One record per story and card: the card's id, hashed, as Teams' ids are long and not made for row keys.
    private static string CardOf(string storyId, string activityId) =>
        About(storyId) + "/" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activityId)))[..16];
}
