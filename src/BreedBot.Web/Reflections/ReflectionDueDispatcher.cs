using BreedBot.Connector.Client;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Storage.Users;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Sends what is due: the follow-up card on the step's date, and the one unsafety reminder a
/// working day after it was named. Each entry is claimed first (one instance acts on it), checked
/// against the reflection as it is now (answered, erased, expired or marked: dropped), sent, and
/// then removed. A send that fails keeps its claim and is taken over later.
/// </summary>
internal sealed class ReflectionDueDispatcher(
    ReflectionDueStore index, ReflectionStore store, ReflectionWriter writer, UserConversationStore chats, BotMessenger messenger, ReflectionClock clock, ILogger<ReflectionDueDispatcher> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var sent = 0;
        foreach (var (due, etag) in await index.DueAsync(clock.Now, ct))
        {
            if (!await index.TryClaimAsync(due, etag, clock.Now, ct))
            {
                continue;
            }

            try
            {
                sent += await HandleAsync(due, ct) ? 1 : 0;
                await index.RemoveAsync(due, ct);
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException)
            {
                Log.ReflectionDueFailed(logger, due.Kind, e.GetType().Name);
            }
        }

        return sent;
    }

    private async Task<bool> HandleAsync(ReflectionDue due, CancellationToken ct)
    {
        var read = await store.GetAsync(due.TenantId, due.AuthorKey, due.ReflectionId, ct);
        var reason = Stale(due, read?.Reflection);
        if (reason is not null || await chats.GetAsync(due.TenantId, due.AuthorKey, ct) is not { } chat)
        {
            Log.ReflectionDueDropped(logger, due.Kind, reason ?? "no-chat");
            return false;
        }

        var reflection = read!.Reflection;
        var language = UserLanguages.FromLocale(reflection.Locale);
        if (due.Kind == ReflectionDueKind.FollowUp)
        {
            await messenger.PostCardAsync(chat.Chat, ReflectionFollowUpCard.Render(language, reflection, clock.Today), reflection.Locale, ct);
        }
        else
        {
            // Marked before sending: a lost race means someone changed it just now, and the reminder is better skipped than doubled.
            if (!await writer.TrySaveAsync(read, ReflectionAftercare.MarkNudged(reflection, clock.Now), ct))
            {
                Log.ReflectionDueDropped(logger, due.Kind, "changed");
                return false;
            }

            await messenger.PostCardAsync(chat.Chat, ReflectionNudgeCard.Render(language, reflection), reflection.Locale, ct);
        }

        Log.ReflectionDueSent(logger, due.Kind);
        return true;
    }

    private string? Stale(ReflectionDue due, Reflection? reflection) => reflection switch
    {
        null => "gone",
        _ when reflection.IsExpired(clock.Now) => "expired",
        _ when due.Kind == ReflectionDueKind.FollowUp && (reflection.NextStep is null || reflection.FollowUps.Count != due.Round) => "answered",
        _ when due.Kind == ReflectionDueKind.Nudge && !reflection.NeedsUnsafetyNudge => "not-needed",
        _ => null,
    };
}
