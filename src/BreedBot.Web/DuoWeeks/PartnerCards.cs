using BreedBot.Connector.Client;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Outbound;
using BreedBot.Storage.Outbound;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;
using BreedBot.Web.Turn;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// After one partner checked in or skipped, the other partners' reminder cards show it. A card that was sent
/// (its delivery record holds the conversation and activity id) is updated in place, every revision of the
/// week's reminder (a moved moment has its own). When none of the partner's reminders has a delivery record
/// yet — their moment is later, or they checked in before it — their reminder is queued now under its own
/// occurrence id, rendered as held or skipped, and the scheduler sends no open one after it (the week is not
/// open any more). The state is read here, when the message is queued, not when the worker sends it: the
/// outbox only carries rendered cards and knows nothing of duos. The remaining window — an open card already
/// queued but not yet sent — is seconds long; its buttons answer from the stored week ("al afgevinkt"), so
/// nothing is counted twice.
/// </summary>
internal sealed class PartnerCards(DeliveryStore deliveries, IOutbox outbox, BotMessenger messenger, RecipientLanguages languages, ILogger<PartnerCards> logger)
{
    public async Task ShowAsync(DuoContext duo, string me, DuoWeek state, CancellationToken ct)
    {
        var (date, _) = state.MomentOf(duo.Schedule.Duo.Moment);
        var members = duo.Schedule.OrderedMembers;
        for (var i = 0; i < members.Count; i++)
        {
            var partner = members[i];
            if (partner != me && duo.Schedule.TakesPartOn(partner, date))
            {
                await ShowOneAsync(duo, partner, i, state, ct);
            }
        }
    }

    private async Task ShowOneAsync(DuoContext duo, string partner, int index, DuoWeek state, CancellationToken ct)
    {
        var language = await languages.OfAsync(duo.Team.TenantId, partner, duo.Team.Locale, ct);
        var card = DuoReminderCards.For(duo, partner, state, language);
        var week = state.Week.ToString();
        var latest = state.Move?.Revision ?? 0;
        var recorded = false;
        for (var revision = latest; revision >= 0; revision--)
        {
            var record = await deliveries.GetAsync(duo.Team.TenantId, duo.TeamOf(partner), week, DuoReminderPlan.ReminderId(state.Week, duo.Schedule.Key, index, revision), partner, ct);
            recorded |= record is not null;
            if (record is { Outcome: DeliveryOutcome.Sent, Conversation: { } address, ActivityId: { } activityId })
            {
                try
                {
                    await messenger.UpdateCardAsync(address, activityId, card, UserLanguages.Locale(language), ct);
                    Log.PartnerCardUpdated(logger, "updated");
                }
                catch (ConnectorException e)
                {
                    // Blocked, removed, or the message is gone: their card stays as it was; the answer is stored.
                    Log.PartnerCardUpdateFailed(logger, e.Kind.ToString());
                }
            }
        }

        if (!recorded)
        {
            await outbox.EnqueueAsync(new OutboundMessage(
                duo.Team.TenantId, duo.TeamOf(partner), partner, DuoReminderPlan.ReminderId(state.Week, duo.Schedule.Key, index, latest),
                DuoWeekKinds.DuoReminder, card, null) { Week = week }, ct);
            Log.PartnerCardUpdated(logger, "queued");
        }
    }
}
