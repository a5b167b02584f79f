using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Connector.Authentication;

/// <summary>
/// Tokens whose signature has already been verified, by the SHA-256 of their exact text. The Bot Framework sends one
/// token with many requests for about an hour, and checking its RSA signature (and parsing it) costs more than the rest
/// of a short turn. Only the parsed token and the signature's verdict are remembered, with the key object that verdict
/// was reached with: the issuer, the algorithm, that the key is still published (and still that key), the lifetime on
/// the injected clock, the endorsement, the audience, the service URL and the tenant are checked on every request.
/// A token that differs in one character — another signature, a changed claim — hashes elsewhere and is checked in full.
/// An entry lives until its token expires (plus the clock skew); at most <see cref="Capacity"/> are kept.
/// </summary>
public sealed class VerifiedTokenCache(TimeProvider time)
{
    /// <summary>The channel uses a few tokens at a time; a burst of distinct valid tokens beyond this only costs checks.</summary>
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<TokenHash, Entry> _entries = new();

    /// <summary>How many verified tokens are held now.</summary>
    public int Count => _entries.Count;

    /// <summary>The token parsed when its signature was verified with <paramref name="key"/>, or false when it is unknown or has expired.</summary>
    public bool TryGet(TokenHash hash, out JsonWebToken token, out JsonWebKey key)
    {
        if (_entries.TryGetValue(hash, out var entry))
        {
            if (time.GetUtcNow() < entry.Until)
            {
                (token, key) = (entry.Token, entry.Key);
                return true;
            }

            _entries.TryRemove(new KeyValuePair<TokenHash, Entry>(hash, entry));
        }

        (token, key) = (null!, null!);
        return false;
    }

    /// <summary>Remembers a token whose signature <paramref name="key"/> verified, until <paramref name="until"/>.</summary>
    public void Add(TokenHash hash, JsonWebToken token, JsonWebKey key, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(key);
        if (until <= time.GetUtcNow())
        {
            return;
        }

        if (_entries.Count >= Capacity)
        {
            MakeRoom();
        }

        _entries[hash] = new Entry(token, key, until);
    }

    private void MakeRoom()
    {
        var now = time.GetUtcNow();
        foreach (var (hash, entry) in _entries)
        {
            if (now >= entry.Until)
            {
                _entries.TryRemove(hash, out _);
            }
        }

        // Still full of live tokens: start again rather than track use; a dropped token is only checked once more.
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(JsonWebToken Token, JsonWebKey Key, DateTimeOffset Until);
}
