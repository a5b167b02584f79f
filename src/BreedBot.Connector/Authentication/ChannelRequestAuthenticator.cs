using BreedBot.Connector.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Connector.Authentication;

/// <summary>
/// Decides whether an inbound <c>POST /api/messages</c> really comes from the Bot Framework channel,
/// checking in the order of the protocol brief §1 and stopping at the first failure.
/// </summary>
public sealed partial class ChannelRequestAuthenticator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private const int MaxTokenLength = 16 * 1024;
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions _options;
    private readonly OpenIdSigningKeyCache _keys;
    private readonly VerifiedTokenCache _verified;
    private readonly ServiceUrlPolicy _serviceUrls;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelRequestAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public ChannelRequestAuthenticator(
        IOptions<BotOptions> options,
        OpenIdSigningKeyCache keys,
        VerifiedTokenCache verified,
        ServiceUrlPolicy serviceUrls,
        TimeProvider time,
        ILogger<ChannelRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _keys = keys;
        _verified = verified;
        _serviceUrls = serviceUrls;
        _time = time;
        _logger = logger;
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outcome = await DecideAsync(authorizationHeader, activity, cancellationToken);
        if (outcome.IsDevelopmentBypass)
        {
            Log.DevelopmentBypass(_logger);
        }
        else if (!outcome.Succeeded)
        {
            Log.AuthenticationFailed(_logger, outcome.Failure);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> DecideAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.DangerouslyAllowUnauthenticatedRequests
                ? CheckBypass(activity)
                : AuthenticationOutcome.Fail(AuthenticationFailure.MissingToken);
        }

        if (!TryReadBearer(authorizationHeader, out var raw))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.MalformedHeader);
        }

        // A token seen before is not parsed again; everything but its signature is still checked below.
        var hash = TokenHash.Of(raw);
        var seen = _verified.TryGet(hash, out var token, out var verifiedWith);
        if (!seen && !TryParse(raw, out token))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.MalformedHeader);
        }

        if (!_options.ValidIssuers.Contains(token.Issuer, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.UntrustedIssuer);
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.UnsupportedAlgorithm);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.UnknownSigningKey);
        }

        JsonWebKey? key;
        try
        {
            key = await _keys.FindKeyAsync(token.Kid, cancellationToken);
        }
        catch (MetadataUnavailableException)
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.MetadataUnavailable);
        }

        if (key is null)
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.UnknownSigningKey);
        }

        // The key must still be published, and be the very key object the cached verdict was reached with: after a
        // refresh of the key set the signature is verified again.
        if (!seen || !ReferenceEquals(verifiedWith, key))
        {
            var signature = await ValidateSignatureAsync(token, key);
            if (signature != AuthenticationFailure.None)
            {
                return AuthenticationOutcome.Fail(signature);
            }

            if (token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var expires))
            {
                _verified.Add(hash, token, key, DateTimeOffset.FromUnixTimeSeconds(expires) + ClockSkew);
            }
        }

        return CheckClaims(token, key, activity);
    }
}
