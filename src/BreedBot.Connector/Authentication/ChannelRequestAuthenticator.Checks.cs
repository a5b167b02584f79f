using BreedBot.Connector.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Connector.Authentication;

public sealed partial class ChannelRequestAuthenticator
{
    private static bool TryReadBearer(string header, out string token)
    {
        token = "";
        const string scheme = "Bearer ";
        if (header.Length > MaxTokenLength + scheme.Length || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = header[scheme.Length..].Trim();
        return token.Length > 0;
    }

    private bool TryParse(string raw, out JsonWebToken token)
    {
        token = null!;
        if (raw.Count(character => character == '.') != 2 || !_handler.CanReadToken(raw))
        {
            return false;
        }

        try
        {
            token = _handler.ReadJsonWebToken(raw);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (SecurityTokenException)
        {
            return false;
        }
    }

    // Signature only: issuer, lifetime, audience and the rest are checked by hand so that the order of
    // the checks is ours and the clock is the injected one.
    private async Task<AuthenticationFailure> ValidateSignatureAsync(JsonWebToken token, JsonWebKey key)
    {
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            ValidateIssuer = true,
            ValidIssuers = _options.ValidIssuers,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidateIssuerSigningKey = false,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters);
        return result.IsValid ? AuthenticationFailure.None : result.Exception switch
        {
            SecurityTokenInvalidAlgorithmException => AuthenticationFailure.UnsupportedAlgorithm,
            SecurityTokenInvalidIssuerException => AuthenticationFailure.UntrustedIssuer,
            SecurityTokenSignatureKeyNotFoundException => AuthenticationFailure.UnknownSigningKey,
            _ => AuthenticationFailure.InvalidSignature,
        };
    }

    private AuthenticationOutcome CheckClaims(JsonWebToken token, JsonWebKey key, Activity activity)
    {
        var lifetime = CheckLifetime(token);
        if (lifetime != AuthenticationFailure.None)
        {
            return AuthenticationOutcome.Fail(lifetime);
        }

        if (!JsonWebKeyEndorsements.Contains(key, activity.ChannelId))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.MissingEndorsement);
        }

        if (!_options.HasAppId || !token.Audiences.Contains(_options.AppId, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.WrongAudience);
        }

        if (!token.TryGetPayloadValue<string>("serviceurl", out var claimedServiceUrl)
            || string.IsNullOrEmpty(activity.ServiceUrl)
            || !string.Equals(claimedServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.ServiceUrlMismatch);
        }

        if (!_serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.ServiceUrlNotAllowed);
        }

        return CheckTenant(activity) ?? AuthenticationOutcome.Authenticated;
    }

    private AuthenticationFailure CheckLifetime(JsonWebToken token)
    {
        var now = _time.GetUtcNow();
        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var expires)
            || now > DateTimeOffset.FromUnixTimeSeconds(expires) + ClockSkew)
        {
            return AuthenticationFailure.Expired;
        }

        if (token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var notBefore)
            && now < DateTimeOffset.FromUnixTimeSeconds(notBefore) - ClockSkew)
        {
            return AuthenticationFailure.NotYetValid;
        }

        return AuthenticationFailure.None;
    }

    private AuthenticationOutcome CheckBypass(Activity activity)
    {
        // Even a development run only ever answers to an allowed (in practice: loopback) service URL; an activity
        // without one could not be answered at all.
        if (!_serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Fail(AuthenticationFailure.ServiceUrlNotAllowed);
        }

        return CheckTenant(activity) ?? AuthenticationOutcome.DevelopmentBypass;
    }

    private AuthenticationOutcome? CheckTenant(Activity activity)
    {
        if (_options.AllowedTenants.Count == 0)
        {
            return null;
        }

        var tenant = activity.GetTenantId();
        return tenant is not null && _options.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase)
            ? null
            : AuthenticationOutcome.Fail(AuthenticationFailure.TenantNotAllowed);
    }
}
