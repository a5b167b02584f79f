namespace BreedBot.Web.Outbound;

/// <summary>
/// Keeps this instance's sends within "at most N in any one second" on <see cref="TimeProvider"/>: the
/// instance's share of the tenant budget, and the conversation rate per conversation. Each key keeps the
/// start times of its last N sends; a send may start once the N-th last one is a second old. A burst of
/// up to N goes at once, and no one-second window ever holds more than N — the way Teams counts.
/// One send at a time per conversation reserves its slot, so the log records when sends really start.
/// </summary>
internal sealed class SendRateLimiter(TimeProvider time, double tenantPerSecond, double conversationPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly Dictionary<string, SlotLog> tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Conversation> conversations = new(StringComparer.Ordinal);
    private readonly int tenantLimit = Math.Max(1, (int)Math.Floor(tenantPerSecond));
    private readonly int conversationLimit = Math.Max(1, (int)Math.Floor(conversationPerSecond));

    /// <summary>Waits for a tenant slot only (e.g. creating a conversation, which has no conversation yet).</summary>
    public async Task WaitForTenantAsync(string tenantId, CancellationToken ct)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetUtcNow();
            wait = TenantLog(tenantId).Reserve(now, tenantLimit) - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }

    /// <summary>Waits until a send to <paramref name="conversationId"/> fits both limits, and counts it.</summary>
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
                wait = conversation.Log.Earliest(now, conversationLimit) - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }

            await WaitForTenantAsync(tenantId, ct);
            lock (gate)
            {
                // Counted when the send really starts: after both waits.
                conversation.Log.Add(time.GetUtcNow(), conversationLimit);
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
                TenantLog(tenantId).Block(until);
            }
            else
            {
                ConversationOf(conversationId).Log.Block(until);
            }
        }
    }

    private SlotLog TenantLog(string tenantId)
    {
        if (!tenants.TryGetValue(tenantId, out var log))
        {
            log = new SlotLog();
            tenants[tenantId] = log;
        }

        return log;
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
        foreach (var (id, conversation) in conversations.Where(c => c.Value.Log.IdleSince(now - Window) && c.Value.Turn.CurrentCount == 1).ToList())
        {
            conversations.Remove(id);
        }
    }

    private sealed class Conversation
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public SlotLog Log { get; } = new();
    }

    /// <summary>The start times of the last sends of one key, oldest first, and a "not before" after a 429.</summary>
    private sealed class SlotLog
    {
        private readonly Queue<DateTimeOffset> starts = new();
        private DateTimeOffset notBefore = DateTimeOffset.MinValue;

        public DateTimeOffset Earliest(DateTimeOffset now, int limit)
        {
            var earliest = now > notBefore ? now : notBefore;
            if (starts.Count >= limit)
            {
                var freed = starts.ElementAt(starts.Count - limit) + Window;
                earliest = freed > earliest ? freed : earliest;
            }

            return earliest;
        }

        public DateTimeOffset Reserve(DateTimeOffset now, int limit)
        {
            var slot = Earliest(now, limit);
            Add(slot, limit);
            return slot;
        }

        public void Add(DateTimeOffset start, int limit)
        {
            starts.Enqueue(start);
            while (starts.Count > limit)
            {
                starts.Dequeue();
            }
        }

        public void Block(DateTimeOffset until) => notBefore = until > notBefore ? until : notBefore;

        public bool IdleSince(DateTimeOffset instant) => notBefore < instant && (starts.Count == 0 || starts.Last() < instant);
    }
}
