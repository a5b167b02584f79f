using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Retention;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Retention;

/// <summary>
/// The fixed periods of records that carry their own date: delivery records (30 days), check-ins
/// and the rest of a duo's week (400 days: a year of trend plus a margin), and the scheduler's
/// claims and due dates, which only need to outlive the 26-hour look-back by enough to answer "was it sent?",
/// moedige momenten that never reached a summary, the owners' settings changes (400 days), and urgent consults (a day).
/// </summary>
internal sealed class DatedRecordsRetention(ExpiredRows expired, IReflectionCards cards, ICourageStoryCards storyCards, IOptions<RetentionOptions> options) : IRetentionRule
{
    public static readonly TimeSpan ClaimsKeptFor = TimeSpan.FromDays(30);

    public static readonly TimeSpan UrgentConsultsKeptFor = TimeSpan.FromDays(1);

    /// <summary>The cards in a colleague's chat that name their duo partner (and a reminder may show the week's check-in).</summary>
    public static readonly IReadOnlyList<string> PartnerCardKinds = [MessageKinds.DuoAnnouncement, DuoWeekKinds.DuoReminder, DuoWeekKinds.DuoNudge];

    public async Task<int> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var periods = options.Value;
        // Where a card about a reflection is stays known while the reflection may live, so it can be taken back then.
        // So does where a card showing a waiting courage story is, while the story may wait, and where the duo cards and
        // reminders naming a partner are, so they can show "oud-deelnemer" when that partner erases their data.
        var deleted = await expired.DeleteDeliveriesAsync(
            now - TimeSpan.FromDays(periods.DeliveryDays), [.. cards.DeliveryKinds, .. storyCards.DeliveryKinds, .. PartnerCardKinds],
            now - TimeSpan.FromDays(periods.MaxDays + periods.PartialReflectionDays), ct);

        // A week is kept while any of its days is inside the period, so a week is never cut in half.
        var oldestKeptDay = DateOnly.FromDateTime((now - TimeSpan.FromDays(periods.CheckInDays)).UtcDateTime);
        deleted += await expired.DeleteDuoWeeksAsync(IsoWeek.Of(oldestKeptDay), ct);

        // Owners' settings changes answer "who paused us, who chose this period" for as long as the
        // trend the summary shows.
        deleted += await expired.DeleteSettingsAuditAsync(now - TimeSpan.FromDays(periods.CheckInDays), ct);

        deleted += await expired.DeleteClaimsAsync(now - ClaimsKeptFor, ct);
        deleted += await expired.DeleteReflectionDuesAsync(DateOnly.FromDateTime((now - ClaimsKeptFor).UtcDateTime), ct);

        // A moedig moment is written for the next summary, which deletes it a week after showing it;
        // one still here after the shortest period any team may choose waited in a paused team.
        // The cards in the author's chat that show such a story are taken back first.
        foreach (var (tenantId, teamId, storyId) in await expired.ListWaitingCourageStoriesAsync(now - TimeSpan.FromDays(periods.MinDays), ct))
        {
            await storyCards.RetractAsync(tenantId, teamId, storyId, ct);
        }

        deleted += await expired.DeleteCourageStoriesAsync(now - TimeSpan.FromDays(periods.MinDays), ct);

        // An urgent consult's row only keeps a second press within minutes from sending twice.
        deleted += await expired.DeleteUrgentConsultsAsync(now - UrgentConsultsKeptFor, ct);
        return deleted;
    }
}
