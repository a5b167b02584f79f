using System.Net;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace BreedBot.Web.Tests.Turn;

/// <summary>Every forged or broken token is refused with 401, and nothing is stored or sent for it.</summary>
[Collection(SharedAzurite.Name)]
public sealed class ForgedRequestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;

    public static TheoryData<string> Forgeries { get; } =
    [
        "no token", "not bearer", "malformed jwt", "other issuer", "other audience", "expired", "not yet valid",
        "unknown key", "key without endorsements", "key endorsed for another channel", "serviceurl mismatch",
        "tampered signature", "hmac algorithm",
    ];

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task PostAsync_ForgedTeamInstall_Returns401AndStoresAndSendsNothing(string forgery)
    {
        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl), Forge(forgery));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(await host.RowsAsync(StorageTables.TeamsName));
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_ValidTokenButActivityNamesOtherServiceUrl_Returns401()
    {
        var activity = TestActivities.PersonalMessage("https://attacker.example/", "help");

        var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task PostAsync_ValidToken_IsAcceptedAndAnswered()
    {
        var response = await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.Requests);
    }

    private string? Forge(string forgery) => forgery switch
    {
        "no token" => null,
        "not bearer" => "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()),
        "malformed jwt" => "Bearer not.a.jwt",
        "other issuer" => host.Authorization(t => t.Issuer = "https://login.evil.example"),
        "other audience" => host.Authorization(t => t.Audience = "another-bot"),
        "expired" => host.Authorization(t => (t.NotBefore, t.Expires) = (host.Time.GetUtcNow().AddHours(-2), host.Time.GetUtcNow().AddMinutes(-6))),
        "not yet valid" => host.Authorization(t => (t.NotBefore, t.Expires) = (host.Time.GetUtcNow().AddMinutes(6), host.Time.GetUtcNow().AddHours(1))),
        "unknown key" => host.Authorization(t => t.KeyId = LocalTokenIssuer.UnpublishedKeyId),
        "key without endorsements" => host.Authorization(t => t.KeyId = LocalTokenIssuer.UnendorsedKeyId),
        "key endorsed for another channel" => host.Authorization(t => t.KeyId = LocalTokenIssuer.OtherChannelKeyId),
        "serviceurl mismatch" => host.Authorization(t => t.ServiceUrl = "https://smba.trafficmanager.net/other/"),
        "tampered signature" => host.Authorization(t => t.TamperSignature = true),
        "hmac algorithm" => host.Authorization(t => t.Algorithm = SecurityAlgorithms.HmacSha256),
        _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
    };
}
