using BreedBot.Connector.Schema;
using BreedBot.Storage.Users;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Installation;

/// <summary>BreedBot added to or removed from someone's personal chat: the chat address and a welcome.</summary>
internal sealed class PersonalInstallHandler(UserConversationStore chats, BotMessenger messenger, ILogger<PersonalInstallHandler> logger)
{
    public async Task OnInstalledAsync(Activity activity, CancellationToken ct)
    {
        if (ActivityAddress.TryGetPersonal(activity, out var tenantId, out var userKey, out var chat) is false)
        {
            Log.InstallWithoutAddress(logger, "personal");
            return;
        }

        if (await chats.RecordInstallAsync(tenantId, userKey, chat, activity.Locale, ct))
        {
            // The answer to the install event, in the chat it came from: sent at once, not queued.
            var firstName = FirstName(activity.From?.Name);
            await messenger.PostCardAsync(chat, WelcomePersonalCard.Render(UserLanguages.FromLocale(activity.Locale), firstName), activity.Locale, ct);
        }
    }

    public async Task OnRemovedAsync(Activity activity, CancellationToken ct)
    {
        if (ActivityAddress.TryGetPersonal(activity, out var tenantId, out var userKey, out _))
        {
            await chats.RecordRemovalAsync(tenantId, userKey, ct);
        }
    }

    private static string? FirstName(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim().Split(' ', 2)[0];
}
