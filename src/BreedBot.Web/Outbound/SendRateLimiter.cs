namespace BreedBot.Web.Outbound;

/// <summary>
/// Paces this instance's sends on <see cref="TimeProvider"/>: one start per 1/N second per tenant (the instance's
/// share of the tenant budget) and per conversation, evenly spaced, after at most <paramref name="burst"/> at once
/// (a token bucket). Teams counts requests per second as they arrive; a burst of N at once arrives bunched with the
/// previous second's stragglers and draws 429s, evenly spaced sends do not. A slot missed (the worker was busy)
/// is not made up for beyond the burst. One send at a time per conversation reserves its slot, so the pace
/// follows when sends really start.
/// </summary>
internal sealed class SendRateLimiter(TimeProvider time, double tenantPerSecond, double conversationPerSecond, int burst = 1)
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly Dictionary<string, Pace> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Conversation> conversations = new(StringComparer.Ordinal);
    private readonly TimeSpan tenantInterval = TimeSpan.FromSeconds(1 / tenantPerSecond);
    private readonly TimeSpan conversationInterval = TimeSpan.FromSeconds(1 / conversationPerSecond);

    /// <summary>Waits for a tenant slot only (e.g. creating a conversation, which has no conversation yet).</summary>
    public async Task WaitForTenantAsync(string tenantId, CancellationToken ct)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetUtcNow();
            wait = TenantPace(tenantId).Reserve(now, tenantInterval, burst) - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>Waits until a send to <paramref name="conversationId"/> fits both paces, and counts it.</summary>
    public async Task WaitAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        Conversation conversation;
        lock (gate)
        {
            conversation = ConversationOf(conversationId);
        }

        await conversation.Turn.WaitAsync(ct);
        try
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                wait = conversation.Pace.Earliest(now, conversationInterval, burst) - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            await WaitForTenantAsync(tenantId, ct);
            lock (gate)
            {
                // Counted when the send really starts: after both waits.
                conversation.Pace.Reserve(time.GetUtcNow(), conversationInterval, burst);
            }
        }
        finally
        {
            conversation.Turn.Release();
        }
    }

    /// <summary>After a 429: nothing more to this conversation (or, when null, the tenant) from here before <paramref name="until"/>.</summary>
    public void HoldBack(string tenantId, string? conversationId, DateTimeOffset until)
    {
        lock (gate)
        {
            if (conversationId is null)
            {
                TenantPace(tenantId).Block(until);
            }
            else
            {
                ConversationOf(conversationId).Pace.Block(until);
            }
        }
    }

    private Pace TenantPace(string tenantId)
    {
        if (!tenants.TryGetValue(tenantId, out var pace))
        {
            pace = new Pace();
            tenants[tenantId] = pace;
        }

        return pace;
    }

    private Conversation ConversationOf(string conversationId)
    {
        if (!conversations.TryGetValue(conversationId, out var conversation))
        {
            if (conversations.Count >= 10_000)
            {
                Prune(time.GetUtcNow());
            }

            conversation = new Conversation();
            conversations[conversationId] = conversation;
        }

        return conversation;
    }

    // Forget idle conversations, so a long-running worker does not keep every chat it ever saw.
    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, conversation) in conversations.Where(c => c.Value.Pace.IdleSince(now - IdleAfter) && c.Value.Turn.CurrentCount == 1).ToList())
        {
            conversations.Remove(id);
        }
    }

    private sealed class Conversation
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public Pace Pace { get; } = new();
    }

    /// <summary>
    /// One key's pace as a virtual schedule: <c>due</c> is when the next send would start if every earlier one had
    /// kept to the interval; a send may start up to burst−1 intervals ahead of it. And a "not before" after a 429.
    /// </summary>
    private sealed class Pace
    {
        private DateTimeOffset due = DateTimeOffset.MinValue;
        private DateTimeOffset notBefore = DateTimeOffset.MinValue;

        public DateTimeOffset Earliest(DateTimeOffset now, TimeSpan interval, int burst)
        {
            var paced = due == DateTimeOffset.MinValue ? due : due - (interval * (burst - 1));
            return Latest(now, Latest(paced, notBefore));
        }

        public DateTimeOffset Reserve(DateTimeOffset now, TimeSpan interval, int burst)
        {
            var slot = Earliest(now, interval, burst);
            due = Latest(due, slot) + interval;
            return slot;
        }

        public void Block(DateTimeOffset until) => notBefore = Latest(until, notBefore);

        public bool IdleSince(DateTimeOffset instant) => notBefore < instant && due < instant;

        private static DateTimeOffset Latest(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
    }
}
