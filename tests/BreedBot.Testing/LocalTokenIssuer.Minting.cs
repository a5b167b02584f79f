using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Testing;

public sealed partial class LocalTokenIssuer
{
    /// <summary>
    /// A token as the Bot Framework sends it to the bot, valid at <paramref name="now"/> unless
    /// <paramref name="configure"/> turns it into a forgery.
    /// </summary>
    public string MintToken(string audience, string serviceUrl, DateTimeOffset now, Action<TokenSpec>? configure = null)
    {
        var spec = new TokenSpec
        {
            Issuer = Issuer,
            Audience = audience,
            ServiceUrl = serviceUrl,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
        };
        configure?.Invoke(spec);
        return Mint(spec);
    }

    /// <summary>"Bearer &lt;token&gt;", for an Authorization header.</summary>
    public string MintAuthorizationHeader(string audience, string serviceUrl, DateTimeOffset now, Action<TokenSpec>? configure = null) =>
        "Bearer " + MintToken(audience, serviceUrl, now, configure);

    private static string Mint(TokenSpec spec)
    {
        var claims = new Dictionary<string, object>(spec.ExtraClaims, StringComparer.Ordinal);
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = spec.NotBefore.UtcDateTime,
            NotBefore = spec.NotBefore.UtcDateTime,
            Expires = spec.Expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = CredentialsFor(spec),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var token = handler.CreateToken(descriptor);

        if (spec.Algorithm == "none")
        {
            var header = JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = spec.KeyId });
            var parts = token.Split('.');
            return Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header)) + "." + parts[1] + ".";
        }

        return spec.TamperSignature ? Tamper(token) : token;
    }

    private static SigningCredentials CredentialsFor(TokenSpec spec)
    {
        if (spec.Algorithm.StartsWith("HS", StringComparison.Ordinal))
        {
            var secret = SHA256.HashData(Encoding.UTF8.GetBytes("a shared secret no bot should trust"));
            return new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = spec.KeyId }, spec.Algorithm);
        }

        var algorithm = spec.Algorithm == "none" ? SecurityAlgorithms.RsaSha256 : spec.Algorithm;
        var rsa = KeyFor(spec.KeyId);
        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = spec.KeyId }, algorithm);
    }

    // Changes one character in the middle of the signature, so the bytes certainly differ.
    private static string Tamper(string token)
    {
        var signatureStart = token.LastIndexOf('.') + 1;
        var index = signatureStart + ((token.Length - signatureStart) / 2);
        var replacement = token[index] == 'A' ? 'B' : 'A';
        return string.Concat(token.AsSpan(0, index), replacement.ToString(), token.AsSpan(index + 1));
    }
}
