using System.ComponentModel.DataAnnotations;

namespace BreedBot.Web.Outbound;

/// <summary>The send workers' limits and patience (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string SectionName = "Outbox";

    /// <summary>Teams allows 50 requests per second per app per tenant, all instances together.</summary>
    [Range(0.1, 10_000)]
    public double TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>Teams allows 7 sends per second per conversation.</summary>
    [Range(0.1, 1_000)]
    public double ConversationRequestsPerSecond { get; set; } = 7;

    /// <summary>
    /// The share of those limits the workers aim for. Teams counts requests as they arrive, and the network moves
    /// them a little; sends paced at exactly the limit draw 429s, a little below it they do not.
    /// </summary>
    [Range(0.5, 1)]
    public double RateShare { get; set; } = 0.95;

    /// <summary>Sends that may start at once after a quiet spell, before the even pace takes over (per tenant and per conversation).</summary>
    [Range(1, 10_000)]
    public int Burst { get; set; } = 1;

    /// <summary>How many instances run send workers: each keeps to its even share of the tenant budget.</summary>
    [Range(1, 100)]
    public int Instances { get; set; } = 1;

    /// <summary>Whether this instance runs the send workers (off only in tests that pump the queue themselves).</summary>
    public bool RunWorker { get; set; } = true;

    [Range(1, 32)]
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// Batches handled at once per instance. A send costs a few storage round trips besides the request to Teams;
    /// with two loops the workers waited on those and reached half of Teams' rate, with eight they keep up with it.
    /// </summary>
    [Range(1, 16)]
    public int Pumps { get; set; } = 8;

    /// <summary>How long a dequeued message stays invisible to other workers; also the lease of a delivery claim.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long one request to Teams may take before it counts as a failed, retried attempt. Well under
    /// the visibility timeout, so a hanging request never lets another worker take the message meanwhile.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle worker looks at the queue (a local enqueue wakes it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Sends tried for one delivery (429s and transient failures) before it is recorded as failed.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Receives of one queue message before it goes to the poison queue whatever happened (crash loops).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>429s in a row for one tenant after which every worker pauses that tenant.</summary>
    [Range(1, 100)]
    public int ThrottlesBeforeTenantPause { get; set; } = 3;

    /// <summary>A single Retry-After at least this long pauses the whole tenant at once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan TenantPauseRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>This instance's share of the tenant budget.</summary>
    public double TenantShare => TenantRequestsPerSecond / Instances;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // A send starts only while it can end within the claim's lease; with a send timeout near the lease,
        // almost nothing could start.
        if (SendTimeout * 2 > VisibilityTimeout)
        {
            yield return new ValidationResult(
                "Outbox needs SendTimeout at most half of VisibilityTimeout.", [nameof(SendTimeout), nameof(VisibilityTimeout)]);
        }
    }
}
