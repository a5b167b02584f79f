using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Testing;

/// <summary>What <see cref="LocalTokenIssuer.MintToken"/> puts in a token; change one field to make a forgery.</summary>
public sealed class TokenSpec
{
    public required string Issuer { get; set; }
    public required string Audience { get; set; }

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; set; }
    public DateTimeOffset NotBefore { get; set; }
    public DateTimeOffset Expires { get; set; }

    /// <summary>Which of the issuer's keys signs (see the <c>…KeyId</c> constants); an unknown id creates an unpublished key.</summary>
    public string KeyId { get; set; } = LocalTokenIssuer.SigningKeyId;

    /// <summary>RS256/RS384/RS512 are genuine; HS256 signs with a shared secret; "none" leaves the token unsigned.</summary>
    public string Algorithm { get; set; } = SecurityAlgorithms.RsaSha256;

    public bool TamperSignature { get; set; }

    public IDictionary<string, object> ExtraClaims { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
}
