using Azure.Data.Tables;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Users;

/// <summary>
/// Each user's 1:1 chat with BreedBot. Only the address is kept — never what was said in it.
/// </summary>
public sealed class UserConversationStore(StorageTables tables, TimeProvider time)
{
    private const int MaxAttempts = 5;
    private TableClient Table => tables.UserConversations;

    public async Task<PersonalInstallation?> GetAsync(string tenantId, string userKey, CancellationToken ct)
    {
        var entity = await Table.FindAsync<UserConversationEntity>(TableKey.Escape(tenantId), TableKey.Escape(userKey), ct);
        return entity?.ToDomain();
    }

    /// <summary>
    /// Records that the user's chat is installed. Returns true for exactly one caller per installation
    /// (the first install, or a reinstall after removal), so the welcome is sent once.
    /// </summary>
    public Task<bool> RecordInstallAsync(string tenantId, string userKey, ConversationAddress chat, CancellationToken ct) =>
        RecordInstallAsync(tenantId, userKey, chat, null, ct);

    /// <summary>As above; <paramref name="locale"/>, when given, is kept as the user's language for proactive cards (null keeps what was known).</summary>
    public async Task<bool> RecordInstallAsync(string tenantId, string userKey, ConversationAddress chat, string? locale, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await Table.FindAsync<UserConversationEntity>(TableKey.Escape(tenantId), TableKey.Escape(userKey), ct);
            if (existing is null)
            {
                var fresh = new PersonalInstallation(tenantId, userKey, chat, InstallationStatus.Installed, now) { Locale = locale };
                if (await Table.TryAddAsync(UserConversationEntity.From(fresh), ct))
                {
                    return true;
                }

                continue;
            }

            var current = existing.ToDomain();
            var reinstalled = current.Status != InstallationStatus.Installed;
            var updated = current with
            {
                Chat = chat,
                Status = InstallationStatus.Installed,
                StatusChangedAt = reinstalled ? now : current.StatusChangedAt,
                Locale = locale ?? current.Locale,
            };
            if (updated == current)
            {
                return false;
            }

            if (await Table.TryReplaceAsync(UserConversationEntity.From(updated), existing.ETag, ct))
            {
                return reinstalled;
            }
        }

        throw new StorageConflictException(StorageTables.UserConversationsName, MaxAttempts);
    }

    /// <summary>
    /// Keeps the locale of a message or card action the person sent in their chat as their language for proactive
    /// messages. Only an existing chat row changes (the install creates it); the same locale writes nothing.
    /// </summary>
    public async Task RecordLocaleAsync(string tenantId, string userKey, string locale, CancellationToken ct) =>
        await Table.ChangeAsync<UserConversationEntity>(TableKey.Escape(tenantId), TableKey.Escape(userKey), chat =>
        {
            if (chat.Locale == locale)
            {
                return false;
            }

            chat.Locale = locale;
            return true;
        }, MaxAttempts, ct);

    /// <summary>
    /// The known locales of several people of one tenant (a team's pairing, its invitations): one partition query
    /// instead of a read per person. People without a chat row or a locale are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> LocalesAsync(string tenantId, IReadOnlyCollection<string> userKeys, CancellationToken ct)
    {
        var wanted = userKeys.Select(TableKey.Escape).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(tenantId)}");
        await foreach (var row in Table.QueryAsync<UserConversationEntity>(filter, select: ["RowKey", "UserKey", "Locale"], cancellationToken: ct))
        {
            if (wanted.Contains(row.RowKey) && row.Locale is { Length: > 0 } locale)
            {
                found[row.UserKey] = locale;
            }
        }

        return found;
    }

    public async Task RecordRemovalAsync(string tenantId, string userKey, CancellationToken ct) =>
        await Table.ChangeAsync<UserConversationEntity>(TableKey.Escape(tenantId), TableKey.Escape(userKey), chat =>
        {
            if (chat.Status == nameof(InstallationStatus.Uninstalled))
            {
                return false;
            }

            chat.Status = nameof(InstallationStatus.Uninstalled);
            chat.StatusChangedAt = time.GetUtcNow();
            return true;
        }, MaxAttempts, ct);

    /// <summary>Forgets the address of the person's chat. Harmless when there is none.</summary>
    public async Task EraseAsync(string tenantId, string userKey, CancellationToken ct) =>
        await Table.DeleteEntityAsync(TableKey.Escape(tenantId), TableKey.Escape(userKey), Azure.ETag.All, ct);
}
