using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Web.Kernel;

/// <summary>
/// "Sla volgende keer over" from outside the reminder (the duo card): the duo's next moment skipped ahead of time for
/// both partners, with one notice to the partner(s). DuoWeeks does it, the same way as on its own card; Pairing only asks.
/// </summary>
internal interface IDuoSkipAhead
{
    /// <summary>Null when the key names no current duo of the team with <paramref name="memberKey"/> in it.</summary>
    Task<SkippedAhead?> SkipNextAsync(string tenantId, string teamId, string duoKey, string memberKey, SkipReason reason, CancellationToken ct);
}

/// <summary>Which week's moment was meant, on which local date, and what happened (done, or already held or skipped).</summary>
internal sealed record SkippedAhead(IsoWeek Week, DateOnly Date, DuoWeekChange Change);
