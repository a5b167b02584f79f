using BreedBot.Connector.Schema;
using BreedBot.Storage;
using BreedBot.Storage.Users;
using BreedBot.Web.AfterReply;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Installation;

/// <summary>
/// Keeps the locale of every message and card action a person sends in their personal chat as their language, on the
/// chat's row (<see cref="UserConversationStore"/>), so what BreedBot later sends them by itself speaks it too. Like the
/// time zone, a locale this instance did not write lately is written after the reply; a full queue lets it go, and the
/// next message brings it again. Messages in a channel say nothing about the person's own language and are ignored.
/// </summary>
internal sealed class ChatLanguages(UserConversationStore chats, AfterReplyQueue afterReply, TimeProvider time, ILogger<ChatLanguages> logger) : ITurnObserver
{
    private const int MaxLocaleLength = 20;

    // What this instance wrote, forgotten after 15 minutes: another instance may have written another locale since.
    private readonly ShortMemory<(string Tenant, string User), string> written = new(time, TimeSpan.FromMinutes(15), 10_000);

    public void Notice(Activity activity)
    {
        var locale = activity.Locale?.Trim();
        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        if (activity.Conversation?.ConversationType != "personal" || locale is not { Length: > 0 and <= MaxLocaleLength }
            || tenantId is null || userKey is null || (written.TryGet((tenantId, userKey), out var known) && known == locale))
        {
            return;
        }

        if (!afterReply.TryQueue("locale", (_, ct) => RecordAsync(tenantId, userKey, locale, ct)))
        {
            Log.ChatLanguageDropped(logger);
        }
    }

    private async Task RecordAsync(string tenantId, string userKey, string locale, CancellationToken ct)
    {
        await chats.RecordLocaleAsync(tenantId, userKey, locale, ct);
        written.Keep((tenantId, userKey), locale);
    }
}
