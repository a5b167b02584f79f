using BreedBot.Connector.Authentication;
using BreedBot.Testing;

namespace BreedBot.Connector.Tests.Authentication;

/// <summary>
/// A token whose signature was verified once is not verified again, and nothing else about it is trusted from the
/// first time: every forgery, expiry, audience, issuer, key, service URL and tenant check holds for a token seen before.
/// </summary>
public sealed class VerifiedTokenCacheTests : IAsyncLifetime
{
    private AuthenticationScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await AuthenticationScenario.StartAsync(settings => settings["Bot:AllowedTenants:0"] = AuthenticationScenario.TenantId);

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task AuthenticateAsync_SameTokenAgain_SucceedsFromOneVerifiedEntry()
    {
        var header = _scenario.Header();

        var first = await _scenario.AuthenticateAsync(header);
        var second = await _scenario.AuthenticateAsync(header);

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Equal(1, _scenario.Verified.Count);
    }

    [Fact]
    public async Task AuthenticateAsync_SeenTokenWithAnotherSignature_InvalidSignature()
    {
        var header = _scenario.Header();
        await _scenario.AuthenticateAsync(header);
        var (head, payload, signature) = Split(header);
        var forged = "Bearer " + head + "." + payload + "." + (signature[0] == 'A' ? 'B' : 'A') + signature[1..];

        var outcome = await _scenario.AuthenticateAsync(forged);

        Assert.Equal(AuthenticationFailure.InvalidSignature, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SeenSignatureOnAnotherPayload_InvalidSignature()
    {
        var header = _scenario.Header();
        await _scenario.AuthenticateAsync(header);
        var (_, otherPayload, _) = Split(_scenario.Header(spec => spec.ServiceUrl = "https://smba.trafficmanager.net/amer/"));
        var (head, _, signature) = Split(header);

        var outcome = await _scenario.AuthenticateAsync("Bearer " + head + "." + otherPayload + "." + signature,
            AuthenticationScenario.Message("https://smba.trafficmanager.net/amer/"));

        Assert.Equal(AuthenticationFailure.InvalidSignature, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SeenTokenPastItsExpiry_Expired()
    {
        var header = _scenario.Header();
        Assert.True((await _scenario.AuthenticateAsync(header)).Succeeded);
        _scenario.Time.Fake.Advance(TimeSpan.FromHours(1) + ChannelRequestAuthenticator.ClockSkew + TimeSpan.FromSeconds(1));

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.Equal(AuthenticationFailure.Expired, outcome.Failure);
        Assert.Equal(0, _scenario.Verified.Count);
    }

    [Theory]
    [InlineData("audience", AuthenticationFailure.WrongAudience, 1)]
    [InlineData("issuer", AuthenticationFailure.UntrustedIssuer, 0)]
    [InlineData("signature", AuthenticationFailure.InvalidSignature, 0)]
    public async Task AuthenticateAsync_RefusedTokenSentTwice_RefusedBothTimesAndRememberedOnlyWhenGenuinelySigned(string forgery, AuthenticationFailure refusal, int remembered)
    {
        var header = _scenario.Header(spec =>
        {
            switch (forgery)
            {
                case "audience":
                    spec.Audience = "some-other-bot";
                    break;
                case "issuer":
                    spec.Issuer = "https://evil.example";
                    break;
                default:
                    spec.TamperSignature = true;
                    break;
            }
        });

        var first = await _scenario.AuthenticateAsync(header);
        var second = await _scenario.AuthenticateAsync(header);

        Assert.Equal(refusal, first.Failure);
        Assert.Equal(refusal, second.Failure);
        Assert.Equal(remembered, _scenario.Verified.Count);
    }

    [Fact]
    public async Task AuthenticateAsync_SeenTokenOnAnActivityForAnotherServiceUrl_ServiceUrlMismatch()
    {
        var header = _scenario.Header();
        await _scenario.AuthenticateAsync(header);

        var outcome = await _scenario.AuthenticateAsync(header, AuthenticationScenario.Message("https://smba.trafficmanager.net/amer/"));

        Assert.Equal(AuthenticationFailure.ServiceUrlMismatch, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SeenTokenOnAnActivityFromAnotherTenant_TenantNotAllowed()
    {
        var header = _scenario.Header();
        await _scenario.AuthenticateAsync(header);

        var outcome = await _scenario.AuthenticateAsync(header, AuthenticationScenario.Message(tenantId: "tenant-elsewhere"));

        Assert.Equal(AuthenticationFailure.TenantNotAllowed, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SeenTokenAfterItsKeyWasWithdrawn_UnknownSigningKey()
    {
        var now = _scenario.Time.GetUtcNow();
        var header = _scenario.Header(spec => spec.Expires = now.AddHours(48));
        Assert.True((await _scenario.AuthenticateAsync(header)).Succeeded);
        _scenario.Issuer.WithdrawKey(LocalTokenIssuer.SigningKeyId);
        _scenario.Time.Fake.Advance(OpenIdSigningKeyCache.AutomaticRefreshInterval + TimeSpan.FromMinutes(1));

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.Equal(AuthenticationFailure.UnknownSigningKey, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SeenTokenAfterTheKeySetWasFetchedAgain_VerifiedAgainAndAccepted()
    {
        var now = _scenario.Time.GetUtcNow();
        var header = _scenario.Header(spec => spec.Expires = now.AddHours(48));
        await _scenario.AuthenticateAsync(header);
        _scenario.Time.Fake.Advance(OpenIdSigningKeyCache.AutomaticRefreshInterval + TimeSpan.FromMinutes(1));

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.True(outcome.Succeeded);
        Assert.Equal(2, _scenario.Issuer.KeySetRequestCount);
    }

    [Fact]
    public void Add_MoreLiveTokensThanItsCapacity_HoldsNoMoreThanItsCapacity()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var cache = new VerifiedTokenCache(time);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken("{\"alg\":\"RS256\"}", "{}");
        var key = new Microsoft.IdentityModel.Tokens.JsonWebKey();

        for (var i = 0; i <= VerifiedTokenCache.Capacity; i++)
        {
            cache.Add(TokenHash.Of(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), token, key, time.GetUtcNow().AddHours(1));
        }

        Assert.InRange(cache.Count, 1, VerifiedTokenCache.Capacity);
        Assert.True(cache.TryGet(TokenHash.Of(VerifiedTokenCache.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture)), out _, out _));
    }

    [Fact]
    public void TokenHash_TokensDifferingInOneNonAsciiCharacter_Differ()
    {
        Assert.NotEqual(TokenHash.Of("a.b.cé"), TokenHash.Of("a.b.cè"));
        Assert.Equal(TokenHash.Of("a.b.c"), TokenHash.Of("a.b.c"));
    }

    private static (string Head, string Payload, string Signature) Split(string header)
    {
        var parts = header["Bearer ".Length..].Split('.');
        return (parts[0], parts[1], parts[2]);
    }
}
