using Azure.Storage.Queues.Models;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Teams;
using BreedBot.Storage;
using BreedBot.Storage.Members;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Users;
using BreedBot.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Outbound;

/// <summary>
/// Handles one queue message: check the delivery record (a redelivered message never sends twice once
/// settled), claim it, find the recipient's chat, keep to the rate limits, send, and record the outcome —
/// or give the message back to the queue with a delay, or move it to the poison queue.
/// <para>
/// A claim belongs to one receipt of the queue message, not to the message: a copy that comes back while this
/// receipt is still at work (its visibility ran out) waits out the claim's lease instead of sending beside it,
/// and this receipt starts no send that could still run when the lease ends.
/// The one window left: a crash after Teams accepted the send but before the outcome was written. The claim
/// then stays until its lease ends, the message comes back, takes the claim over and sends again: at least
/// once, never silently lost.
/// </para>
/// </summary>
internal sealed class OutboxSender(
    StorageQueues queues,
    DeliveryStore deliveries,
    RecentTeams teams,
    MemberStore members,
    UserConversationStore chats,
    OutboxConnector connectors,
    OutboxPacing pacing,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    BreedBotMetrics metrics,
    ILogger<OutboxSender> logger)
{
    public async Task ProcessAsync(QueueMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        var envelope = OutboundEnvelope.Decode(message.Body.ToString());
        if (envelope is null)
        {
            Log.OutboundUnreadable(logger);
            await PoisonAsync(message, null, ct);
            return;
        }

        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await FinishAsync(message, Record(envelope, DeliveryOutcome.Failed) with { Failure = DeliveryFailure.RetriesExhausted, Reason = "DequeueCount" }, ct, poisonOf: envelope);
            return;
        }

        if (await pacing.Pauses.PausedUntilAsync(envelope.TenantId, ct) is { } pausedUntil)
        {
            await DeferAsync(message, envelope, pausedUntil - time.GetUtcNow(), ct);
            return;
        }

        var target = await OutboundTarget.ResolveAsync(envelope, teams, members, ct);
        if (target.Gone)
        {
            Log.OutboundRecipientGone(logger, envelope.Kind);
            metrics.OutboundSent(envelope.Kind, "dropped");
            await queues.Outbound.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
            return;
        }

        // Not cancelled midway by a stopping worker: a claim written but not known here could not be given back.
        var claim = await deliveries.ClaimAsync(Record(envelope, DeliveryOutcome.Sending), ClaimIdOf(message), settings.VisibilityTimeout, CancellationToken.None);
        switch (claim.Result)
        {
            case DeliveryClaimResult.AlreadyFinal:
                Log.OutboundAlreadySettled(logger, envelope.Kind, claim.Record.Outcome);
                metrics.OutboundSent(envelope.Kind, "duplicate");
                await queues.Outbound.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                return;
            case DeliveryClaimResult.HeldElsewhere:
                await DeferAsync(message, envelope, claim.Record.ChangedAt + settings.VisibilityTimeout - time.GetUtcNow(), ct);
                return;
        }

        if (target.Unreachable is { } unreachable)
        {
            await FinishAsync(message, claim.Record with { Outcome = unreachable }, ct);
            return;
        }

        // A stopping worker may be cancelled while it waits for a slot; once a request to Teams has started, the
        // request and its record run to the end, or a restart would send it again.
        var started = CancellationToken.None;
        ConversationAddress? address = null;
        try
        {
            address = envelope.Conversation
                ?? (target.Member is null ? target.Team!.Channel : await ChatOfAsync(target.Team!, target.Member, ct));
            await pacing.Limiter.WaitAsync(envelope.TenantId, address.ConversationId, ct);
            if (time.GetUtcNow() + settings.SendTimeout >= claim.Record.ChangedAt + settings.VisibilityTimeout)
            {
                // Waited so long that the send could outlive the claim, and another copy could take it over and
                // send too: give both back untouched and let the next receipt start afresh.
                Log.OutboundLeaseRanOut(logger, envelope.Kind);
                await deliveries.ReleaseAsync(claim, envelope.Failures, ct);
                await DeferAsync(message, envelope, TimeSpan.Zero, ct);
                return;
            }

            var connector = connectors.Create();
            string? sentId = null;
            if (envelope.UpdateOf is { Length: > 0 } updated)
            {
                await connector.UpdateAsync(new Uri(address.ServiceUrl), address.ConversationId, updated, Activity(address, envelope, updated), started);
            }
            else
            {
                var sent = envelope.ReplyToId is { Length: > 0 } replyTo
                    ? await connector.ReplyAsync(new Uri(address.ServiceUrl), address.ConversationId, replyTo, Activity(address, envelope), started)
                    : await connector.SendAsync(new Uri(address.ServiceUrl), address.ConversationId, Activity(address, envelope), started);
                sentId = sent.Id;
            }

            pacing.Pauses.Succeeded(envelope.TenantId);
            await FinishAsync(
                message,
                claim.Record with
                {
                    // An update's record keeps no address: it is about a card of something erased, perhaps of someone erased.
                    Outcome = DeliveryOutcome.Sent, Conversation = envelope.UpdateOf is null ? address : null, ActivityId = sentId, Attempts = envelope.Failures + 1,
                    // An earlier send that timed out may have reached Teams as well.
                    PossiblyDuplicated = envelope.Timeouts > 0,
                },
                started);
        }
        // A cancellation that is not the worker stopping is a request to Teams that timed out: a failed
        // attempt like any other, retried. Letting it escape would end the send loop.
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await FailedAsync(message, envelope, claim, envelope.UpdateOf is null ? address : null, SendAttempt.Of(e), e, started);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The worker stops before the send started: the worker gives the message back, and the claim goes with
            // it, so the next receipt (a restart, another instance) need not wait out the lease.
            await deliveries.ReleaseAsync(claim, envelope.Failures, CancellationToken.None);
            throw;
        }
    }

    private async Task FailedAsync(QueueMessage message, OutboundEnvelope envelope, DeliveryClaim claim, ConversationAddress? address, SendAttempt attempt, Exception error, CancellationToken ct)
    {
        var settings = options.Value;
        var record = claim.Record;
        var failures = envelope.Failures + 1;
        if (attempt.Final is { } final)
        {
            Log.OutboundRefused(logger, envelope.Kind, final, attempt.Reason);
            await FinishAsync(
                message, record with { Outcome = final, Conversation = address, Attempts = failures, Failure = attempt.Failure, Reason = attempt.Reason }, ct,
                poisonOf: final == DeliveryOutcome.Failed ? envelope : null);
            return;
        }

        var timeouts = envelope.Timeouts + (attempt.TimedOut ? 1 : 0);
        if (timeouts > 1)
        {
            // Both sends may have reached Teams: a third could only add a copy.
            Log.OutboundGaveUp(logger, envelope.Kind, failures, attempt.Reason);
            await FinishAsync(
                message, record with { Outcome = DeliveryOutcome.Failed, Conversation = address, Attempts = failures, Failure = DeliveryFailure.NoAnswer, Reason = attempt.Reason },
                ct, poisonOf: envelope);
            return;
        }

        var delay = attempt.RetryAfter ?? SendAttempt.Backoff(failures, pacing.Jitter.NextDouble(), settings.BaseRetryDelay, settings.MaxRetryDelay);
        if (attempt.Throttled)
        {
            metrics.OutboundThrottled();
            var until = time.GetUtcNow() + delay;
            pacing.Limiter.HoldBack(envelope.TenantId, address?.ConversationId, until);
            if (await pacing.Pauses.ThrottledAsync(envelope.TenantId, attempt.RetryAfter, ct) is { } pausedUntil)
            {
                Log.OutboundTenantPaused(logger, (long)(pausedUntil - time.GetUtcNow()).TotalMilliseconds);
                pacing.Limiter.HoldBack(envelope.TenantId, null, pausedUntil);
                delay = pausedUntil - time.GetUtcNow();
            }
        }

        if (failures >= settings.MaxAttempts)
        {
            Log.OutboundGaveUp(logger, envelope.Kind, failures, attempt.Reason);
            await FinishAsync(
                message, record with { Outcome = DeliveryOutcome.Failed, Conversation = address, Attempts = failures, Failure = DeliveryFailure.RetriesExhausted, Reason = attempt.Reason },
                ct, poisonOf: envelope);
            return;
        }

        Log.OutboundRetrying(logger, envelope.Kind, failures, (long)delay.TotalMilliseconds, attempt.Reason);
        await deliveries.ReleaseAsync(claim, failures, ct);
        await queues.Outbound.UpdateMessageAsync(message.MessageId, message.PopReceipt, (envelope with { Failures = failures, Timeouts = timeouts }).Encode(), Visibility(delay), ct);
    }

    private async Task<ConversationAddress> ChatOfAsync(TeamInstallation team, Domain.Members.TeamMember member, CancellationToken ct)
    {
        var known = await chats.GetAsync(team.TenantId, member.MemberKey, ct);
        if (known is { Status: InstallationStatus.Installed })
        {
            return known.Chat;
        }

        // Creating the 1:1 chat is a request too: it takes a tenant slot.
        await pacing.Limiter.WaitForTenantAsync(team.TenantId, ct);
        var created = await connectors.Create().CreateConversationAsync(
            new Uri(team.Channel.ServiceUrl), ConversationParameters.PersonalChat(team.Channel.BotId, member.TeamsUserId, team.TenantId), CancellationToken.None);
        var address = new ConversationAddress(team.Channel.ServiceUrl, created.Id!, team.Channel.BotId);
        await chats.RecordInstallAsync(team.TenantId, member.MemberKey, address, CancellationToken.None);
        return address;
    }

    /// <summary>Records the outcome and removes the queue message once — after copying it to the poison queue when <paramref name="poisonOf"/> is given.</summary>
    private async Task FinishAsync(QueueMessage message, DeliveryRecord record, CancellationToken ct, OutboundEnvelope? poisonOf = null)
    {
        await deliveries.SettleAsync(record, ct);
        metrics.OutboundSent(record.Kind, record.Outcome.ToString());
        Log.OutboundSettled(logger, record.Kind, record.Outcome, record.Attempts);
        if (poisonOf is not null)
        {
            await PoisonAsync(message, poisonOf, ct);
            return;
        }

        await queues.Outbound.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
    }

    private async Task PoisonAsync(QueueMessage message, OutboundEnvelope? envelope, CancellationToken ct)
    {
        await queues.Poison.SendMessageAsync(PoisonCopy(message, envelope), ct);
        await queues.Outbound.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        metrics.OutboundPoisoned();
    }

    // What failed, for whoever looks into it, without what it said: a shared reflection's card carries case content,
    // and the poison queue is outside everything a person can see and delete as their data.
    private static string PoisonCopy(QueueMessage message, OutboundEnvelope? envelope) =>
        envelope is not null
            ? (envelope with { Card = null, Summary = null, Text = null }).Encode()
            : new System.Text.Json.Nodes.JsonObject { ["unreadable"] = true, ["messageId"] = message.MessageId }.ToJsonString();

    // Gives the message back without counting a failure: the tenant is paused, or another copy is being sent.
    private async Task DeferAsync(QueueMessage message, OutboundEnvelope envelope, TimeSpan delay, CancellationToken ct)
    {
        Log.OutboundDeferred(logger, envelope.Kind, (long)delay.TotalMilliseconds);
        await queues.Outbound.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: Visibility(delay), cancellationToken: ct);
    }

    // The queue counts visibility in whole seconds, up to 7 days.
    private static TimeSpan Visibility(TimeSpan delay) =>
        delay <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Ceiling(delay.TotalSeconds), TimeSpan.FromDays(7).TotalSeconds - 1));

    // Unique per receipt: a message id alone is shared by every copy of a message that comes back.
    internal static string ClaimIdOf(QueueMessage message) => message.MessageId + "/" + message.PopReceipt;

    private static DeliveryRecord Record(OutboundEnvelope envelope, DeliveryOutcome outcome) =>
        new(envelope.TenantId, envelope.TeamId, envelope.Week, envelope.OccurrenceId, envelope.RecipientKey, envelope.Kind, outcome, default)
        {
            Attempts = envelope.Failures,
        };

    private static Activity Activity(ConversationAddress address, OutboundEnvelope envelope, string? activityId = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = activityId,
            From = new ChannelAccount { Id = address.BotId },
            Conversation = new ConversationAccount { Id = address.ConversationId },
        };
        if (envelope.Card is not null)
        {
            // The summary is the lock-screen preview: content-free by construction of every card.
            activity.Summary = envelope.Summary;
            activity.Attachments = [Attachment.AdaptiveCard(envelope.Card)];
        }
        else
        {
            activity.Text = envelope.Text;
            activity.TextFormat = "plain";
        }

        return activity;
    }
}
