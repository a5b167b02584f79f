using System.Collections.Concurrent;
using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Outbound;
using BreedBot.Storage.Outbound;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;
using BreedBot.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// Sends the consult messages, each on its own, outside the request: the person's answer waits for a message only
/// until its deadline (<see cref="AcuteOptions.SendDeadline"/>), the message itself goes on here. A message Teams
/// did not accept within <see cref="AcuteOptions.BackgroundSendTimeout"/>, or that failed for a reason worth
/// another try, is tried once more. Each is recorded in <c>Deliveries</c> (kind <c>urgent-consult</c>), claimed
/// before it is sent, so a replayed consult finds the record and sends nothing twice.
/// <para>
/// A slow Teams is let finish rather than cut off and sent again: a request Teams received but answered late
/// usually did post the message, and a second one would be a duplicate. Only a send that failed or outlived the
/// background timeout is repeated — at least once, at most twice, never silently lost.
/// </para>
/// </summary>
internal sealed class UrgentConsultSends(
    IServiceScopeFactory scopes,
    IOptions<AcuteOptions> options,
    TimeProvider time,
    BreedBotMetrics metrics,
    ILogger<UrgentConsultSends> logger) : IAsyncDisposable
{
    private const int Attempts = 2;

    /// <summary>The sends under way, with the member key of their recipient.</summary>
    private readonly ConcurrentDictionary<Task, string> running = new();
    private readonly CancellationTokenSource stopping = new();

    /// <summary>Starts sending <paramref name="message"/>; the task ends with its recorded outcome (Sending = someone else holds it).</summary>
    public Task<DeliveryOutcome> Start(ConsultMessage message)
    {
        // The send goes on after the turn has answered, so it must not inherit the turn's budget for Teams calls.
        var send = Task.Run(async () =>
        {
            using var outside = TurnDeadline.Outside();
            return await SendAsync(message, stopping.Token);
        });
        running.TryAdd(send, message.Recipient.Member.MemberKey);
        _ = send.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return send;
    }

    /// <summary>Completes when every send started so far has ended, however it ended (tests wait on it).</summary>
    public Task WhenIdleAsync() => WhenEnded(running.Keys);

    /// <summary>Completes when the sends to one recipient started so far have ended (tests wait on it).</summary>
    public Task WhenIdleAsync(string recipientKey) => WhenEnded(running.Where(r => r.Value == recipientKey).Select(r => r.Key));

    private static Task WhenEnded(IEnumerable<Task> sends) =>
        Task.WhenAll(sends.Select(send => send.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)));

    /// <summary>On shutdown: sends still waiting for Teams are cut off; their claims run out and their records say "sending".</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await WhenIdleAsync();
        stopping.Dispose();
    }

    private async Task<DeliveryOutcome> SendAsync(ConsultMessage message, CancellationToken stop)
    {
        var settings = options.Value;
        var recipient = message.Recipient;
        await using var scope = scopes.CreateAsyncScope();
        var deliveries = scope.ServiceProvider.GetRequiredService<DeliveryStore>();
        var record = new DeliveryRecord(
            recipient.Team.TenantId, recipient.Team.TeamId, message.Week, message.OccurrenceId, recipient.Member.MemberKey, MessageKinds.UrgentConsult, DeliveryOutcome.Sending, default);
        var claim = await deliveries.ClaimAsync(record, message.OccurrenceId, settings.BackgroundSendTimeout * (Attempts + 1), stop);
        if (claim.Result != DeliveryClaimResult.Claimed)
        {
            return claim.Record.Outcome;
        }

        var chats = scope.ServiceProvider.GetRequiredService<PersonalChats>();
        var connector = scope.ServiceProvider.GetRequiredService<OutboxConnector>().Create();
        var settled = claim.Record;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            using var limit = new CancellationTokenSource(settings.BackgroundSendTimeout, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, stop);
            try
            {
                var chat = await chats.ReachInstallationAsync(recipient.Team, RosterPerson.Of(recipient.Member), either.Token);
                var text = AcuteTexts.ConsultRequest(RecipientLanguages.Of(chat.Locale, recipient.Team.Locale), message.RequesterName, message.RequesterUpn);
                var sent = await connector.SendAsync(new Uri(chat.Chat.ServiceUrl), chat.Chat.ConversationId, Activity(chat.Chat, text), either.Token);
                settled = settled with { Outcome = DeliveryOutcome.Sent, Conversation = chat.Chat, ActivityId = sent.Id, Attempts = attempt };
                break;
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                var final = SendAttempt.Of(e).Final;
                if (final is not null || attempt == Attempts)
                {
                    Log.AcuteConsultRecipientFailed(logger, e.GetType().Name);
                    settled = settled with { Outcome = final ?? DeliveryOutcome.Failed, Attempts = attempt };
                    break;
                }

                Log.AcuteConsultRetrying(logger, e.GetType().Name);
            }
        }

        await deliveries.SettleAsync(settled, CancellationToken.None);
        metrics.OutboundSent(MessageKinds.UrgentConsult, settled.Outcome.ToString());
        return settled.Outcome;
    }

    private static Activity Activity(Domain.Teams.ConversationAddress chat, string text) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = chat.BotId },
        Conversation = new ConversationAccount { Id = chat.ConversationId },
        Text = text,
        TextFormat = "plain",
    };
}
