namespace BreedBot.Web.Scheduling;

/// <summary>The scheduler loop (section <c>Scheduler</c>).</summary>
internal sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>
    /// Whether this instance runs the once-a-minute loop. Off only in host tests that run every pass
    /// themselves: a loop woken by their jumps in fake time would race the pass they assert on.
    /// </summary>
    public bool RunLoop { get; set; } = true;
}
