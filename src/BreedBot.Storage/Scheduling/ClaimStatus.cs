namespace BreedBot.Storage.Scheduling;

/// <summary>Where a claimed occurrence stands.</summary>
public enum ClaimStatus
{
    /// <summary>An instance is acting on it; when its lease runs out unfinished, another may take over.</summary>
    Claimed,

    /// <summary>Acted on (usually: its messages are in the send queue).</summary>
    Done,

    /// <summary>Came up too late to be useful, or its source found nothing left to do.</summary>
    Missed,
}
