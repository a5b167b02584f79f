using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Connector.Authentication;

/// <summary>
/// The signing keys from the OpenID metadata: fetched on first use, refreshed daily, and refreshed early
/// when a token names an unknown <c>kid</c> — at most once per <see cref="UnknownKeyRefreshInterval"/>,
/// so a stream of forged kids cannot turn the bot into a load generator against the issuer.
/// </summary>
public sealed class OpenIdSigningKeyCache : IDisposable
{
    public const string HttpClientName = "BreedBot.Connector.OpenIdMetadata";
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FailedFetchBackoff = TimeSpan.FromSeconds(30);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _metadataUrl;
    private readonly TimeProvider _time;
    private readonly ILogger<OpenIdSigningKeyCache> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile List<JsonWebKey>? _keys;
    private long _nextScheduledRefreshTicks;
    private DateTimeOffset? _lastUnknownKeyRefresh;
    private DateTimeOffset _firstFetchNotBefore;

    public OpenIdSigningKeyCache(IHttpClientFactory httpClientFactory, IOptions<BotOptions> options, TimeProvider time, ILogger<OpenIdSigningKeyCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClientFactory = httpClientFactory;
        _metadataUrl = options.Value.OpenIdMetadataUrl;
        _time = time;
        _logger = logger;
    }

    /// <summary>The key with this id, or null when the issuer does not publish it (even after a permitted refresh).</summary>
    /// <exception cref="MetadataUnavailableException">No key set could be fetched and none is cached.</exception>
    public async Task<JsonWebKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        // The common case — fresh keys, known kid — needs no lock: the list is replaced, never changed.
        if (_keys is not null && _time.GetUtcNow() < NextScheduledRefresh && Find(keyId) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            if (_keys is null && now < _firstFetchNotBefore)
            {
                throw new MetadataUnavailableException("The OpenID metadata could not be fetched recently; not asking again yet.");
            }

            var refreshed = false;
            if (_keys is null || now >= NextScheduledRefresh)
            {
                await RefreshAsync(now, cancellationToken);
                refreshed = true;
            }

            var key = Find(keyId);
            if (key is null && !refreshed && (_lastUnknownKeyRefresh is null || now - _lastUnknownKeyRefresh >= UnknownKeyRefreshInterval))
            {
                _lastUnknownKeyRefresh = now;
                Log.RefreshingForUnknownKey(_logger);
                await RefreshAsync(now, cancellationToken);
                key = Find(keyId);
            }

            return key;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private DateTimeOffset NextScheduledRefresh
    {
        get => new(Interlocked.Read(ref _nextScheduledRefreshTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _nextScheduledRefreshTicks, value.UtcTicks);
    }

    private JsonWebKey? Find(string keyId) =>
        _keys?.FirstOrDefault(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    private async Task RefreshAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var retriever = new MetadataDocumentRetriever(_httpClientFactory.CreateClient(HttpClientName));
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, retriever, cancellationToken);
            _keys = configuration.JsonWebKeySet?.Keys.ToList() ?? [];
            NextScheduledRefresh = now + AutomaticRefreshInterval;
            Log.MetadataRefreshed(_logger, _keys.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.MetadataRefreshFailed(_logger, exception.GetType().Name);
            if (_keys is null)
            {
                _firstFetchNotBefore = now + FailedFetchBackoff;
                throw new MetadataUnavailableException("The OpenID metadata could not be fetched.", exception);
            }

            // Keep serving the keys we have; try again soon rather than on every request.
            NextScheduledRefresh = now + UnknownKeyRefreshInterval;
        }
    }
}
