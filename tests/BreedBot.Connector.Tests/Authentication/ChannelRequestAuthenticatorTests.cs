using BreedBot.Connector.Authentication;
using BreedBot.Connector.Tests.Support;
using BreedBot.Testing;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Connector.Tests.Authentication;

public sealed class ChannelRequestAuthenticatorTests : IAsyncLifetime
{
    private AuthenticationScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await AuthenticationScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task AuthenticateAsync_ValidToken_Succeeds()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header());

        Assert.True(outcome.Succeeded);
        Assert.Equal(AuthenticationFailure.None, outcome.Failure);
        Assert.False(outcome.IsDevelopmentBypass);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_OtherRsaAlgorithm_Succeeds(string algorithm)
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.Algorithm = algorithm));

        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_NoHeader_MissingToken()
    {
        var outcome = await _scenario.AuthenticateAsync(null);

        Assert.Equal(AuthenticationFailure.MissingToken, outcome.Failure);
        Assert.False(outcome.IsDevelopmentBypass);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b")]
    [InlineData("Bearer !!!.???.###")]
    public async Task AuthenticateAsync_MalformedHeader_MalformedHeader(string header)
    {
        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.Equal(AuthenticationFailure.MalformedHeader, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_OtherIssuer_UntrustedIssuerBeforeAnyKeyIsFetched()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.Issuer = "https://evil.example"));

        Assert.Equal(AuthenticationFailure.UntrustedIssuer, outcome.Failure);
        Assert.Equal(0, _scenario.Issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task AuthenticateAsync_OtherAudience_WrongAudience()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.Audience = "some-other-bot"));

        Assert.Equal(AuthenticationFailure.WrongAudience, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Expired()
    {
        var now = _scenario.Time.GetUtcNow();
        var header = _scenario.Header(spec => (spec.NotBefore, spec.Expires) = (now.AddHours(-2), now.AddMinutes(-6)));

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.Equal(AuthenticationFailure.Expired, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_Succeeds()
    {
        var now = _scenario.Time.GetUtcNow();
        var header = _scenario.Header(spec => (spec.NotBefore, spec.Expires) = (now.AddHours(-2), now.AddMinutes(-4)));

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_NotYetValid()
    {
        var now = _scenario.Time.GetUtcNow();
        var header = _scenario.Header(spec => (spec.NotBefore, spec.Expires) = (now.AddMinutes(6), now.AddHours(1)));

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.Equal(AuthenticationFailure.NotYetValid, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenOutlivedByFakeClock_Expired()
    {
        var header = _scenario.Header();
        _scenario.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.Equal(AuthenticationFailure.Expired, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotInKeySet_UnknownSigningKey()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.KeyId = LocalTokenIssuer.UnpublishedKeyId));

        Assert.Equal(AuthenticationFailure.UnknownSigningKey, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_MissingEndorsement()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.KeyId = LocalTokenIssuer.UnendorsedKeyId));

        Assert.Equal(AuthenticationFailure.MissingEndorsement, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsedForOtherChannel_MissingEndorsement()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.KeyId = LocalTokenIssuer.OtherChannelKeyId));

        Assert.Equal(AuthenticationFailure.MissingEndorsement, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ActivityFromOtherChannel_MissingEndorsement()
    {
        var activity = AuthenticationScenario.Message();
        activity.ChannelId = "webchat";

        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(), activity);

        Assert.Equal(AuthenticationFailure.MissingEndorsement, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffers_ServiceUrlMismatch()
    {
        var header = _scenario.Header(spec => spec.ServiceUrl = "https://smba.trafficmanager.net/amer/");

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.Equal(AuthenticationFailure.ServiceUrlMismatch, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimMissing_ServiceUrlMismatch()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.ServiceUrl = null));

        Assert.Equal(AuthenticationFailure.ServiceUrlMismatch, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffersOnlyInCase_Succeeds()
    {
        var header = _scenario.Header(spec => spec.ServiceUrl = AuthenticationScenario.ServiceUrl.ToUpperInvariant());

        var outcome = await _scenario.AuthenticateAsync(header);

        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedForHostOffTheAllowList_ServiceUrlNotAllowed()
    {
        const string evil = "https://connector.evil.example/";
        var header = _scenario.Issuer.MintAuthorizationHeader(ConnectorServices.AppId, evil, _scenario.Time.GetUtcNow());

        var outcome = await _scenario.AuthenticateAsync(header, AuthenticationScenario.Message(evil));

        Assert.Equal(AuthenticationFailure.ServiceUrlNotAllowed, outcome.Failure);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.HmacSha256)]
    [InlineData("none")]
    public async Task AuthenticateAsync_NonRsaAlgorithm_UnsupportedAlgorithm(string algorithm)
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.Algorithm = algorithm));

        Assert.Equal(AuthenticationFailure.UnsupportedAlgorithm, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_TamperedSignature_InvalidSignature()
    {
        var outcome = await _scenario.AuthenticateAsync(_scenario.Header(spec => spec.TamperSignature = true));

        Assert.Equal(AuthenticationFailure.InvalidSignature, outcome.Failure);
    }
}
