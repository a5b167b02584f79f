using BreedBot.Connector.Schema;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Reflections;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Domain.Scheduling;
using BreedBot.Storage.Outbound;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Takes back from Teams the cards BreedBot sent about a reflection once it is erased or its retention ended: the
/// shared reflection in a partner's chat (with the response the partner gave on it), the partner's response in the
/// author's chat, the author's summary with the dossier line, a follow-up and a reminder about unsafety. Each card
/// that reached Teams has a delivery record with its conversation and activity id; it is updated in place to a short
/// "Deze reflectie is verwijderd" (<see cref="CardRetraction"/>).
/// </summary>
internal sealed class ReflectionRetraction(DeliveryStore deliveries, CardRetraction retraction, TimeProvider time, ILogger<ReflectionRetraction> logger) : IReflectionCards
{
    /// <summary>The occurrence of the author's own summary card, recorded when the reflection is finished.</summary>
    public static string SummaryCardOf(string reflectionId) => "reflection-card/" + reflectionId;

    /// <summary>Every card about the reflection, everywhere.</summary>
    public Task<int> RetractAsync(string tenantId, string reflectionId, CancellationToken ct) =>
        RetractAsync(tenantId, ["share/" + reflectionId, "share-response/" + reflectionId, "followup/" + reflectionId, "nudge/" + reflectionId, SummaryCardOf(reflectionId)], ct);

    /// <summary>Only the partner's response in the author's chat: the partner erased their data, the reflection stays the author's.</summary>
    public Task<int> RetractResponseAsync(string tenantId, string reflectionId, CancellationToken ct) =>
        RetractAsync(tenantId, ["share-response/" + reflectionId], ct);

    /// <summary>
    /// Records where the author's summary card is — the message the step cards were updated in, which the finishing
    /// click answers — so it can be taken back later. Filed like a personal-chat delivery, outside any team.
    /// </summary>
    public async Task RecordSummaryCardAsync(Activity activity, Reflection reflection, CancellationToken ct)
    {
        if (activity.ReplyToId is not { Length: > 0 } cardId || !ActivityAddress.TryGetPersonal(activity, out _, out _, out var chat))
        {
            return;
        }

        var now = time.GetUtcNow();
        await deliveries.SettleAsync(
            new DeliveryRecord(reflection.TenantId, OutboundMessage.NoTeam, IsoWeek.Of(now, ZoneChoice.Default).ToString(), SummaryCardOf(reflection.Id), reflection.AuthorKey,
                ReflectionCardKind, DeliveryOutcome.Sent, now)
            {
                Conversation = chat,
                ActivityId = cardId,
                Attempts = 1,
            },
            ct);
    }

    /// <summary>The kind of the summary card's record: a card answered in place, not a message sent.</summary>
    public const string ReflectionCardKind = "reflection-card";

    /// <summary>The delivery kinds of cards about a reflection: their records are kept as long as a reflection may be.</summary>
    public IReadOnlyCollection<string> DeliveryKinds { get; } =
        [MessageKinds.ReflectionShare, ReflectionOccurrences.FollowUpKind, ReflectionOccurrences.NudgeKind, ReflectionCardKind];

    private async Task<int> RetractAsync(string tenantId, IReadOnlyCollection<string> about, CancellationToken ct)
    {
        var count = await retraction.ReplaceAsync(tenantId, about, "retract/", static (_, language) =>
        {
            var t = ReflectionTexts.For(language);
            return NoticeCard.Render(language, t.RetractedTitle, t.RetractedLine);
        }, forget: true, except: null, ct);
        Log.ReflectionCardsRetracted(logger, count);
        return count;
    }
}
