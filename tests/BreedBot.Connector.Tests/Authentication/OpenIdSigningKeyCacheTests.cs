using BreedBot.Connector.Authentication;
using BreedBot.Testing;

namespace BreedBot.Connector.Tests.Authentication;

public sealed class OpenIdSigningKeyCacheTests
{
    [Fact]
    public async Task AuthenticateAsync_KeyPublishedAfterFirstFetch_RefreshesOnceAndSucceeds()
    {
        await using var scenario = await AuthenticationScenario.StartAsync();
        Assert.True((await scenario.AuthenticateAsync(scenario.Header())).Succeeded);
        scenario.Issuer.PublishKey("rotated-key", "msteams");

        var outcome = await scenario.AuthenticateAsync(scenario.Header(spec => spec.KeyId = "rotated-key"));

        Assert.True(outcome.Succeeded);
        Assert.Equal(2, scenario.Issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeysInQuickSuccession_RefreshesAtMostOncePerFiveMinutes()
    {
        await using var scenario = await AuthenticationScenario.StartAsync();
        var forged = scenario.Header(spec => spec.KeyId = LocalTokenIssuer.UnpublishedKeyId);

        var first = await scenario.AuthenticateAsync(forged);
        var second = await scenario.AuthenticateAsync(forged);
        var third = await scenario.AuthenticateAsync(forged);
        var fetchesBefore = scenario.Issuer.MetadataRequestCount;
        scenario.Time.Advance(OpenIdSigningKeyCache.UnknownKeyRefreshInterval);
        var later = await scenario.AuthenticateAsync(scenario.Header(spec => spec.KeyId = LocalTokenIssuer.UnpublishedKeyId));

        Assert.All([first, second, third, later], outcome => Assert.Equal(AuthenticationFailure.UnknownSigningKey, outcome.Failure));
        Assert.Equal(2, fetchesBefore);
        Assert.Equal(3, scenario.Issuer.MetadataRequestCount);
    }

    [Fact]
    public async Task AuthenticateAsync_KnownKey_FetchesMetadataOnceUntilADayHasPassed()
    {
        await using var scenario = await AuthenticationScenario.StartAsync();

        await scenario.AuthenticateAsync(scenario.Header());
        await scenario.AuthenticateAsync(scenario.Header());
        var fetchesBefore = scenario.Issuer.MetadataRequestCount;
        scenario.Time.Advance(OpenIdSigningKeyCache.AutomaticRefreshInterval);
        var outcome = await scenario.AuthenticateAsync(scenario.Header());

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, fetchesBefore);
        Assert.Equal(2, scenario.Issuer.MetadataRequestCount);
        Assert.Equal(2, scenario.Issuer.KeySetRequestCount);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_MetadataUnavailable()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        await using var scenario = await AuthenticationScenario.StartAsync(settings =>
            settings["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:1/v1/.well-known/openidconfiguration");

        var outcome = await scenario.AuthenticateAsync(scenario.Header());

        Assert.Equal(AuthenticationFailure.MetadataUnavailable, outcome.Failure);
    }
}
