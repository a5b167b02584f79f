using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// A local stand-in for the Bot Framework token issuer: one RSA key endorsed for msteams, its JWKS
/// and OpenID metadata on 127.0.0.1, and tokens as the channel sends them. Token validation is part
/// of the real cost of a turn, so the bot checks real signatures in the benchmark.
/// </summary>
internal sealed class TokenIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private const string KeyId = "bench-msteams";
    private readonly RSA _key = RSA.Create(2048);
    private WebApplication? _app;

    public string MetadataUrl { get; private set; } = "";

    public static async Task<TokenIssuer> StartAsync()
    {
        var issuer = new TokenIssuer();
        var (app, baseAddress) = await LoopbackServer.StartAsync(issuer.HandleAsync);
        issuer._app = app;
        issuer.MetadataUrl = new Uri(baseAddress, "v1/.well-known/openidconfiguration").AbsoluteUri;
        return issuer;
    }

    /// <summary>"Bearer …" valid for two hours: the channel, too, reuses one token for many requests.</summary>
    public string Authorization(string audience, string serviceUrl)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(2),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return "Bearer " + new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        object? document = path.EndsWith("/openidconfiguration", StringComparison.Ordinal)
            ? new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = new Uri(new Uri(MetadataUrl), "keys").AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            }
            : path.EndsWith("/keys", StringComparison.Ordinal) ? KeySet() : null;
        if (document is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(document));
    }

    private Dictionary<string, object> KeySet()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new[] { "msteams" },
        };
        return new Dictionary<string, object> { ["keys"] = new[] { jwk } };
    }
}
