namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// One timed request: the activity, where its reply shows up, and how the load generator knows the bot
/// really did the work (a request that is answered but not accepted counts as failed).
/// </summary>
internal sealed record InboundRequest(string Activity)
{
    /// <summary>The conversation whose next activity at the connector stand-in is the reply; null when the only reply is the HTTP answer (an invoke's card).</summary>
    public string? ReplyAt { get; init; }

    /// <summary>Checks the HTTP answer's body; null accepts any success status.</summary>
    public Func<string, bool>? Accepts { get; init; }
}

/// <summary>Where a run's requests come from: made up on the spot, or prepared before the timed phase.</summary>
internal interface IRequestSource
{
    /// <summary>The next request, or false when a prepared supply has run out.</summary>
    bool TryNext(out InboundRequest request);

    /// <summary>What the preparation did, for the printed notes; null when nothing was prepared.</summary>
    string? Note { get; }
}

/// <summary>A new user in a new conversation for every request: nothing to prepare.</summary>
internal sealed class FreshRequests(Func<ActivitySeed> nextSeed, Func<ActivitySeed, string> activity) : IRequestSource
{
    public string? Note => null;

    public bool TryNext(out InboundRequest request)
    {
        var seed = nextSeed();
        request = new InboundRequest(activity(seed)) { ReplyAt = seed.ConversationId };
        return true;
    }
}

/// <summary>Requests whose state was seeded before timing, each used once.</summary>
internal sealed class PreparedRequests(IEnumerable<InboundRequest> prepared, string note) : IRequestSource
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<InboundRequest> _queue = new(prepared);

    public string? Note => note;

    public bool TryNext(out InboundRequest request) => _queue.TryDequeue(out request!);
}
