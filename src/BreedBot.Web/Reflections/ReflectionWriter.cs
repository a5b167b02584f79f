using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Stores a changed reflection in one conditional write. The index entries it needs (the
/// follow-up, the unsafety reminder, the partners it is shared with) are written first: if the reflection write then fails or
/// loses a race, an entry points at a state that never came, and its reader finds nothing to do.
/// </summary>
internal sealed class ReflectionWriter(ReflectionStore store, ReflectionDueStore due, ReflectionShareStore shares, ReflectionClock clock)
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

        // The partner's side of sharing, so their own data can be listed and erased from their partition.
        foreach (var partner in updated.SharedWith.Except(read.Reflection.SharedWith))
        {
            await shares.AddAsync(new ReflectionShare(updated.TenantId, partner, updated.AuthorKey, updated.Id, clock.Now), ct);
        }

        return await store.TryReplaceAsync(read, updated, followUpDue, nudgeDue, ct);
    }

    /// <summary>
    /// Stores a reflection that is done the moment it is made (a short one, a step from a duo moment), its follow-up
    /// entry first, like <see cref="TrySaveAsync"/>. Such a reflection names no unsafety and is shared with nobody.
    /// </summary>
    public async Task<bool> TryAddDoneAsync(Reflection reflection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        var followUpDue = ReflectionSchedule.FollowUpDue(reflection, clock.Zone);
        if (followUpDue is { } at)
        {
            await due.AddAsync(new ReflectionDue(ReflectionDueKind.FollowUp, reflection.TenantId, reflection.AuthorKey, reflection.Id, 0, at), ct);
        }

        return await store.TryAddAsync(reflection, followUpDue, ct);
    }
}
