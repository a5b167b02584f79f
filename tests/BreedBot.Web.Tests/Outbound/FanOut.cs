using BreedBot.Domain.Outbound;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Users;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Web.Tests.Outbound;

/// <summary>
/// One reminder-like message to each of <paramref name="people"/> members whose 1:1 chat is known, and the
/// checks that each reached its chat exactly once: one accepted send per chat at the stand-in, and a
/// <c>Sent</c> delivery record naming that send's activity.
/// </summary>
internal sealed class FanOut(BotHost host, int people, string occurrence)
{
    public const string Week = "2027-W07";

    /// <summary>Members of this fan-out only: "aad-test-restart-3" for occurrence "test/restart".</summary>
    public IEnumerable<string> Recipients => Enumerable.Range(1, people).Select(i => "aad-" + occurrence.Replace('/', '-') + "-" + i);

    public static string ChatOf(string recipient) => "a:chat-" + recipient;

    public async Task SeedAsync()
    {
        var members = host.Services.GetRequiredService<MemberStore>();
        var chats = host.Services.GetRequiredService<UserConversationStore>();
        foreach (var recipient in Recipients)
        {
            await members.EnsureInvitedAsync(TestActivities.Tenant, TestActivities.TeamId, "Wijkteam Noord", recipient, "29:" + recipient, "Collega", null, CancellationToken.None);
            await chats.RecordInstallAsync(TestActivities.Tenant, recipient, new ConversationAddress(host.ServiceUrl, ChatOf(recipient), TestActivities.BotId), CancellationToken.None);
            host.Connector.SetTenant(ChatOf(recipient), TestActivities.Tenant);
        }
    }

    public Task EnqueueAsync() => host.Services.GetRequiredService<IOutbox>().EnqueueAsync(
        Recipients.Select(recipient => new OutboundMessage(TestActivities.Tenant, TestActivities.TeamId, recipient, occurrence, "test", null, "Hallo") { Week = Week }),
        CancellationToken.None);

    /// <summary>Accepted sends per recipient's chat.</summary>
    public Dictionary<string, int> AcceptedPerRecipient()
    {
        var accepted = host.Connector.Accepted;
        return Recipients.ToDictionary(recipient => recipient, recipient => accepted.Count(send => send.ConversationId == ChatOf(recipient)));
    }

    public async Task AssertEachSentExactlyOnceAsync()
    {
        Assert.All(AcceptedPerRecipient(), entry => Assert.Equal(1, entry.Value));
        var activities = host.Connector.Accepted.ToDictionary(send => send.ConversationId, send => send.ActivityId);
        var deliveries = host.Services.GetRequiredService<DeliveryStore>();
        foreach (var recipient in Recipients)
        {
            var record = await deliveries.GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, occurrence, recipient, CancellationToken.None);
            Assert.Equal(DeliveryOutcome.Sent, record!.Outcome);
            Assert.Equal(activities[ChatOf(recipient)], record.ActivityId);
        }
    }

    /// <summary>
    /// Lets every host in <paramref name="workers"/> drain the queue at once, on the moving fake clock, again and
    /// again until every recipient's delivery is settled: a message given back after a 429 is invisible on the
    /// queue's own (real) clock for its Retry-After. Returns how many queue messages each host handled.
    /// </summary>
    public async Task<int[]> SendAllAsync(params BotHost[] workers)
    {
        var handled = new int[workers.Length];
        var deliveries = host.Services.GetRequiredService<DeliveryStore>();
        // Bounded by real time, not by rounds: on an idle machine a thousand empty rounds pass long before a
        // message given back for its Retry-After is visible again on Azurite's real clock.
        var elapsed = System.Diagnostics.Stopwatch.StartNew();
        while (elapsed.Elapsed < TimeSpan.FromSeconds(60))
        {
            var counts = await WithClockAsync(host.Time, Task.WhenAll(workers.Select(worker => worker.SendQueuedAsync())), TimeSpan.FromMilliseconds(100));
            for (var i = 0; i < counts.Length; i++)
            {
                handled[i] += counts[i];
            }

            var settled = 0;
            foreach (var recipient in Recipients)
            {
                var record = await deliveries.GetAsync(TestActivities.Tenant, TestActivities.TeamId, Week, occurrence, recipient, CancellationToken.None);
                settled += record is { IsFinal: true } ? 1 : 0;
            }

            if (settled == people)
            {
                return handled;
            }

            if (counts.Sum() == 0)
            {
                // Nothing visible: the queue's invisibility runs on Azurite's real clock, which no fake clock moves.
                await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
            }
        }

        throw new TimeoutException($"Not every delivery of {occurrence} was settled.");
    }

    /// <summary>
    /// Awaits <paramref name="work"/> while moving the fake clock on by <paramref name="step"/> whenever it has
    /// made no progress for a few real milliseconds (the workers' rate limiter waits on that clock).
    /// </summary>
    public static async Task<T> WithClockAsync<T>(FakeTimeProvider time, Task<T> work, TimeSpan step)
    {
        for (var round = 0; round < 6_000; round++)
        {
            try
            {
                return await work.WaitAsync(TimeSpan.FromMilliseconds(10));
            }
            catch (TimeoutException)
            {
                time.Advance(step);
            }
        }

        throw new TimeoutException("The send workers did not finish within a minute of real time.");
    }
}
