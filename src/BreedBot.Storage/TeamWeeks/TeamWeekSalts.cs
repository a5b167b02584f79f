using System.Security.Cryptography;
using Azure;

namespace BreedBot.Storage.TeamWeeks;

/// <summary>
/// Each team week's random salt (row "salt" of its TeamWeekFacts partition), made by whoever records first.
/// A salt never changes while it exists, so an instance keeps the ones it used for a while instead of reading the
/// row before every fact; only briefly, so a forgotten salt does not live on in another instance's memory (the
/// instance that forgets one drops its own copy at once).
/// </summary>
internal sealed class TeamWeekSalts(StorageTables tables, TimeProvider time)
{
    private readonly ShortMemory<string, string> kept = new(time, TimeSpan.FromMinutes(10), 10_000);

    public async Task<string> GetOrCreateAsync(string partition, CancellationToken ct)
    {
        if (kept.TryGet(partition, out var known))
        {
            return known;
        }

        var salt = await FindStoredAsync(partition, ct) ?? await CreateAsync(partition, ct);
        kept.Keep(partition, salt);
        return salt;
    }

    /// <summary>A salt this instance used lately, without asking storage.</summary>
    public bool TryGetKept(string partition, out string salt) => kept.TryGet(partition, out salt);

    /// <summary>A salt read or written along with other rows of its partition.</summary>
    public void Keep(string partition, string salt) => kept.Keep(partition, salt);

    /// <summary>The salt as stored now, never a kept copy: null when the week has none (or it was forgotten).</summary>
    public async Task<string?> FindStoredAsync(string partition, CancellationToken ct) =>
        (await tables.TeamWeekFacts.FindAsync<TeamWeekFactEntity>(partition, TeamWeekFactEntity.SaltRowKey, ct))?.Salt;

    public async Task ForgetAsync(string partition, CancellationToken ct)
    {
        kept.Forget(partition);
        try
        {
            await tables.TeamWeekFacts.DeleteEntityAsync(partition, TeamWeekFactEntity.SaltRowKey, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already forgotten, or nobody took part that week.
        }
    }

    /// <summary>A new salt row for a week that has none, to insert on its own or in a transaction with the first facts.</summary>
    public static TeamWeekFactEntity NewRow(string partition) => new()
    {
        PartitionKey = partition,
        RowKey = TeamWeekFactEntity.SaltRowKey,
        Salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
    };

    private async Task<string> CreateAsync(string partition, CancellationToken ct)
    {
        var fresh = NewRow(partition);
        if (await tables.TeamWeekFacts.TryAddAsync(fresh, ct))
        {
            return fresh.Salt!;
        }

        // Another instance created it first: everyone must hash with the same salt.
        return await FindStoredAsync(partition, ct) ?? throw new StorageConflictException(tables.TeamWeekFacts.Name, 2);
    }
}
