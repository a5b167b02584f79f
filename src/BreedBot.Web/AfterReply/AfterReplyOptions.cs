using System.ComponentModel.DataAnnotations;

namespace BreedBot.Web.AfterReply;

/// <summary>The work a turn leaves for after its reply (section <c>AfterReply</c>): how much may wait, how many run it, how often a failure is tried again.</summary>
public sealed class AfterReplyOptions
{
    public const string SectionName = "AfterReply";

    /// <summary>Items that may wait at once. A burst beyond it is not dropped: the turn that finds the queue full does its work itself.</summary>
    [Range(1, 1_000_000)]
    public int Capacity { get; set; } = 5_000;

    /// <summary>
    /// Items handled side by side. Each is a few storage or Teams round trips, so a worker mostly waits: with 4, storage
    /// 30 ms away and 50 check-ins a second (a partner's card and a time zone each) the queue fell behind by seconds;
    /// a waiting worker costs nothing.
    /// </summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 16;

    /// <summary>Tries per item (the storage and connector clients retry each request on their own as well).</summary>
    [Range(1, 10)]
    public int Attempts { get; set; } = 3;

    /// <summary>The wait before the second try; it doubles before each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
