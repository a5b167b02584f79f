using BreedBot.Domain.Members;
using BreedBot.Domain.Reflections;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Reflections;
using BreedBot.Storage.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Reflections;

/// <summary>
/// The reflections' follow-ups (on the step's date) and the one unsafety reminder (a working day
/// after it was named), as scheduler occurrences sent through the outbox. Each is checked against
/// the reflection as it is now: answered, erased, expired or marked → nothing. It goes through a
/// team the author is still active in whose owners have not paused BreedBot; without one, nothing.
/// </summary>
internal sealed class ReflectionDueSource(
    ReflectionDueStore index, ReflectionStore store, ReflectionWriter writer, MemberStore members, TeamStore teams, IOutbox outbox, ReflectionClock clock, ILogger<ReflectionDueSource> logger) : IOccurrenceSource
{
    public IReadOnlyCollection<string> Kinds { get; } = [ReflectionOccurrences.FollowUpKind, ReflectionOccurrences.NudgeKind];

    public async Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        return [.. (await index.DueAsync(window.To, ct)).Select(ReflectionOccurrences.Of)];
    }

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        if (await EntryAsync(occurrence, ct) is not { } due)
        {
            return ClaimOutcome.NothingToDo;
        }

        var read = await store.GetAsync(due.TenantId, due.AuthorKey, due.ReflectionId, ct);
        var teamId = await TeamOfAsync(due, ct);
        var reason = Stale(due, read?.Reflection) ?? (teamId is null ? "no-team" : null);
        if (reason is not null || teamId is null)
        {
            Log.ReflectionDueDropped(logger, due.Kind, reason ?? "no-team");
            await index.RemoveAsync(due, ct);
            return ClaimOutcome.NothingToDo;
        }

        var reflection = read!.Reflection;
        var language = UserLanguages.FromLocale(reflection.Locale);
        var card = due.Kind == ReflectionDueKind.FollowUp
            ? ReflectionFollowUpCard.Render(language, reflection, clock.Today)
            : ReflectionNudgeCard.Render(language, reflection);

        // Queued before the mark: the outbox sends one occurrence once per person, so a retry after a crash cannot double it.
        await outbox.EnqueueAsync(new OutboundMessage(due.TenantId, teamId, due.AuthorKey, occurrence.Id, occurrence.Kind, card, null), ct);
        if (due.Kind == ReflectionDueKind.Nudge)
        {
            await MarkNudgedAsync(read, ct);
        }

        await index.RemoveAsync(due, ct);
        Log.ReflectionDueSent(logger, due.Kind);
        return ClaimOutcome.Acted;
    }

    public async Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct)
    {
        if (await EntryAsync(occurrence, ct) is { } due)
        {
            Log.ReflectionDueDropped(logger, due.Kind, "too-late");
            await index.RemoveAsync(due, ct);
        }
    }

    private async Task<ReflectionDue?> EntryAsync(Occurrence occurrence, CancellationToken ct) =>
        ReflectionOccurrences.Parse(occurrence) is { } id
            ? await index.FindAsync(id.Kind, occurrence.Scope.TenantId, id.ReflectionId, id.Round, occurrence.DueAt, ct)
            : null;

    private string? Stale(ReflectionDue due, Reflection? reflection) => reflection switch
    {
        null => "gone",
        _ when reflection.IsExpired(clock.Now) => "expired",
        _ when due.Kind == ReflectionDueKind.FollowUp && (reflection.NextStep is null || reflection.FollowUps.Count != due.Round) => "answered",
        // A short reflection being deepened: finishing it plans the follow-up again, for the step it then names.
        _ when due.Kind == ReflectionDueKind.FollowUp && !reflection.IsCompleted => "reopened",
        _ when due.Kind == ReflectionDueKind.Nudge && !reflection.NeedsUnsafetyNudge => "not-needed",
        _ => null,
    };

    /// <summary>The first installed, unpaused team in which the author is still a joined member.</summary>
    private async Task<string?> TeamOfAsync(ReflectionDue due, CancellationToken ct)
    {
        foreach (var (teamId, _) in await members.ListTeamsOfAsync(due.TenantId, due.AuthorKey, ct))
        {
            if (await teams.GetAsync(due.TenantId, teamId, ct) is { Status: InstallationStatus.Installed, Settings.Paused: false }
                && await members.GetAsync(due.TenantId, teamId, due.AuthorKey, ct) is { Status: MembershipStatus.Joined })
            {
                return teamId;
            }
        }

        return null;
    }

    private async Task MarkNudgedAsync(StoredReflection read, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await writer.TrySaveAsync(read, ReflectionAftercare.MarkNudged(read.Reflection, clock.Now), ct)
                || await store.GetAsync(read.Reflection.TenantId, read.Reflection.AuthorKey, read.Reflection.Id, ct) is not { } again)
            {
                return;
            }

            read = again;
        }
    }
}
