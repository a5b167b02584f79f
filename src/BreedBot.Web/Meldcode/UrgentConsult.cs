using System.Security.Cryptography;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Acute;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Acute;
using BreedBot.Storage.Outbound;
using BreedBot.Web.Turn;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// "Vraag nu om overleg": messages the sender's current duo partner(s) in every team and each team's
/// aandachtsfunctionaris, in parallel, asking them to get in touch urgently — only the requester's name and a chat
/// link, never anything about the case. The answer comes within <see cref="AcuteOptions.AnswerWithin"/>
/// whatever Teams does: each message gets <see cref="AcuteOptions.SendDeadline"/> to be confirmed, and the answer
/// says per recipient whether it was; one not confirmed yet goes on in the background (<see cref="UrgentConsultSends"/>).
/// <para>
/// Sent at once, not through the outbox: a queued message could wait behind a team's fan-out or a tenant pause
/// without the person knowing. A press within <see cref="AcuteOptions.RepeatWindow"/> of the last one sends nothing
/// new and says when it was asked, so a recipient gets one message however often the button is pressed.
/// </para>
/// </summary>
internal sealed class UrgentConsult(
    ConsultCircle circle,
    UrgentConsultStore consults,
    DeliveryStore deliveries,
    UrgentConsultSends sends,
    IOptions<AcuteOptions> options,
    TimeProvider time,
    ILogger<UrgentConsult> logger)
{
    /// <summary>Recording the consult may use what is left of the look-up time, and at least this.</summary>
    private static readonly TimeSpan MinimumWrite = TimeSpan.FromMilliseconds(100);

    public async Task<ConsultAnswer> RequestAsync(Activity activity, CancellationToken ct)
    {
        var settings = options.Value;
        if (activity.GetTenantId() is not { } tenantId || ActivityAddress.UserKey(activity.From) is not { } requesterKey)
        {
            return ConsultAnswer.NotSent;
        }

        var now = time.GetUtcNow();
        var lookupEnds = now + settings.LookupTimeout;
        var found = await AcuteLookup.WithinAsync<ConsultCircleResult>(async t => await circle.FindAsync(activity, t), settings.LookupTimeout, time, logger, ct);
        if (found is null)
        {
            return ConsultAnswer.NotSent;
        }

        if (found.IsEmpty)
        {
            Log.AcuteConsultNobody(logger);
            return ConsultAnswer.NobodyToAsk;
        }

        var fresh = new UrgentConsultRequest(tenantId, requesterKey, RandomNumberGenerator.GetHexString(16, lowercase: true), now);
        var start = await AcuteLookup.WithinAsync<Started>(
            async t => new Started(await consults.TryStartAsync(fresh, settings.RepeatWindow, t)), Max(lookupEnds - time.GetUtcNow(), MinimumWrite), time, logger, ct);
        if (start?.Result is { Started: false, Request: var earlier })
        {
            Log.AcuteConsultRepeated(logger);
            return new ConsultAnswer(ConsultAnswerKind.AlreadyAsked, await StatesOfAsync(found, earlier, ct), earlier.RequestedAt, earlier.AskAgainFrom(settings.RepeatWindow));
        }

        // Started — or not known whether it was recorded (storage too slow), and then sent all the same: a replay
        // might then send twice, which is better than a consult that reaches nobody.
        var week = IsoWeek.Of(now, ZoneChoice.Default).ToString();
        var people = found.People;
        // The deadline starts before the first message does: every message gets the same time from the press, and
        // the answer never waits longer for one that Teams is slow to confirm.
        using var stopWaiting = new CancellationTokenSource();
        var deadline = Task.Delay(settings.SendDeadline, time, stopWaiting.Token);
        var started = people.Select(person => sends.Start(new ConsultMessage(person, fresh.ConsultId, week, found.RequesterName, found.RequesterUpn))).ToList();
        var states = await Task.WhenAll(started.Select(send => StateAtAsync(send, deadline)));
        await stopWaiting.CancelAsync();
        var delivered = states.Count(s => s == ConsultState.Delivered);
        var pending = states.Count(s => s == ConsultState.Pending);
        Log.AcuteConsultSent(logger, delivered, pending, people.Count);
        return new ConsultAnswer(ConsultAnswerKind.Consulted, [.. people.Zip(states, (person, state) => new ConsultDelivery(person, state))], now);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The message's state at the deadline: it goes on in the background after that.</summary>
    private async Task<ConsultState> StateAtAsync(Task<Domain.Outbound.DeliveryOutcome> send, Task deadline)
    {
        if (await Task.WhenAny(send, deadline) != send)
        {
            return ConsultState.Pending;
        }

        try
        {
            return ConsultDelivery.StateOf(await send);
        }
        catch (Exception e)
        {
            Log.AcuteConsultRecipientFailed(logger, e.GetType().Name);
            return ConsultState.NotReached;
        }
    }

    /// <summary>For a repeated press: how the earlier consult's messages stand now, as far as that can be read in time.</summary>
    private async Task<IReadOnlyList<ConsultDelivery>> StatesOfAsync(ConsultCircleResult found, UrgentConsultRequest earlier, CancellationToken ct)
    {
        var week = IsoWeek.Of(earlier.RequestedAt, ZoneChoice.Default).ToString();
        var occurrence = new ConsultMessage(found.People[0], earlier.ConsultId, week, null, null).OccurrenceId;
        var read = await AcuteLookup.WithinAsync<(ConsultRecipient person, Domain.Outbound.DeliveryRecord? record)[]>(async t => await Task.WhenAll(found.People.Select(async person =>
                (person, record: await deliveries.GetAsync(person.Team.TenantId, person.Team.TeamId, week, occurrence, person.Member.MemberKey, t)))),
            options.Value.LookupTimeout, time, logger, ct);
        return read is null ? [] : [.. read.Where(r => r.record is not null).Select(r => new ConsultDelivery(r.person, ConsultDelivery.StateOf(r.record!.Outcome)))];
    }

    private sealed record Started((bool Started, UrgentConsultRequest Request) Result);
}
