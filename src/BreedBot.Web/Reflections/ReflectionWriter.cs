using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Stores a changed reflection in one conditional write. The due-index entries it needs (the
/// follow-up, the unsafety reminder) are written first: if the reflection write then fails or
/// loses a race, an entry points at a state that never came, and its reader finds nothing to do.
/// </summary>
internal sealed class ReflectionWriter(ReflectionStore store, ReflectionDueStore due, ReflectionClock clock)
{
    public async Task<bool> TrySaveAsync(StoredReflection read, Reflection updated, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        var followUpDue = ReflectionSchedule.FollowUpDue(updated, clock.Zone);
        if (followUpDue is { } at && (at != read.FollowUpDue || updated.FollowUps.Count != read.Reflection.FollowUps.Count))
        {
            await due.AddAsync(new ReflectionDue(ReflectionDueKind.FollowUp, updated.TenantId, updated.AuthorKey, updated.Id, updated.FollowUps.Count, at), ct);
        }

        var nudgeDue = read.NudgeDue;
        if (nudgeDue is null && updated.NeedsUnsafetyNudge)
        {
            nudgeDue = ReflectionSchedule.NudgeDue(clock.Now, clock.Zone);
            await due.AddAsync(new ReflectionDue(ReflectionDueKind.Nudge, updated.TenantId, updated.AuthorKey, updated.Id, 0, nudgeDue.Value), ct);
        }

        return await store.TryReplaceAsync(read, updated, followUpDue, nudgeDue, ct);
    }
}
