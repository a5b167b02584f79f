using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Testing;

/// <summary>
/// A local stand-in for the Bot Framework token issuer: RSA keys, a JWKS whose keys carry <c>endorsements</c>,
/// an OpenID metadata document, all served on 127.0.0.1 — and a minter for valid tokens and every forgery.
/// </summary>
public sealed partial class LocalTokenIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>Published, endorsed for <c>msteams</c>: the key that signs valid tokens.</summary>
    public const string SigningKeyId = "local-msteams";

    /// <summary>Published without any <c>endorsements</c> member.</summary>
    public const string UnendorsedKeyId = "local-unendorsed";

    /// <summary>Published, endorsed for another channel only.</summary>
    public const string OtherChannelKeyId = "local-webchat";

    /// <summary>A real RSA key that the JWKS never lists.</summary>
    public const string UnpublishedKeyId = "local-unpublished";

    // RSA generation is slow; test keys are shared by every issuer in the process (the kid names the key).
    private static readonly ConcurrentDictionary<string, RSA> KeyPool = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]?> _published = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _metadataRequests;
    private int _keySetRequests;

    private LocalTokenIssuer()
    {
        AddKey(SigningKeyId, publish: true, ["msteams"]);
        AddKey(UnendorsedKeyId, publish: true, endorsements: null);
        AddKey(OtherChannelKeyId, publish: true, ["webchat"]);
        AddKey(UnpublishedKeyId, publish: false, endorsements: null);
    }

    public string MetadataUrl { get; private set; } = string.Empty;

    public string KeySetUrl { get; private set; } = string.Empty;

    public string Issuer { get; } = BotFrameworkIssuer;

    public int MetadataRequestCount => Volatile.Read(ref _metadataRequests);

    public int KeySetRequestCount => Volatile.Read(ref _keySetRequests);

    public static async Task<LocalTokenIssuer> StartAsync()
    {
        var issuer = new LocalTokenIssuer();
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(issuer.HandleAsync);
        issuer._app = app;
        issuer.MetadataUrl = new Uri(baseAddress, "v1/.well-known/openidconfiguration").AbsoluteUri;
        issuer.KeySetUrl = new Uri(baseAddress, "v1/.well-known/keys").AbsoluteUri;
        return issuer;
    }

    /// <summary>Creates (or re-publishes) a key: for key-rotation tests, publish a kid after a validator has cached the set.</summary>
    public void PublishKey(string keyId, params string[] endorsements) => AddKey(keyId, publish: true, endorsements);

    /// <summary>Stops publishing a key (a key the issuer retired): tokens it signed must be refused once a validator refreshes.</summary>
    public void WithdrawKey(string keyId) => _published.TryRemove(keyId, out _);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static RSA KeyFor(string keyId) => KeyPool.GetOrAdd(keyId, _ => RSA.Create(2048));

    private void AddKey(string keyId, bool publish, string[]? endorsements)
    {
        KeyFor(keyId);
        if (publish)
        {
            _published[keyId] = endorsements;
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (path.EndsWith("/openidconfiguration", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _metadataRequests);
            await WriteJsonAsync(context, MetadataDocument());
        }
        else if (path.EndsWith("/keys", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _keySetRequests);
            await WriteJsonAsync(context, KeySetDocument());
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private Dictionary<string, object> MetadataDocument() => new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = KeySetUrl,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };

    private Dictionary<string, object> KeySetDocument() => new Dictionary<string, object>
    {
        ["keys"] = _published.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => PublicJwk(entry.Key, entry.Value)).ToList(),
    };

    private static Dictionary<string, object> PublicJwk(string keyId, string[]? endorsements)
    {
        var parameters = KeyFor(keyId).ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    private static Task WriteJsonAsync(HttpContext context, Dictionary<string, object> document)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(document));
    }
}
