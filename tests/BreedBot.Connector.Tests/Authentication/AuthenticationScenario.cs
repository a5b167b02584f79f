using BreedBot.Connector.Authentication;
using BreedBot.Connector.Schema;
using BreedBot.Connector.Tests.Support;
using BreedBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Connector.Tests.Authentication;

/// <summary>A real authenticator against a real local issuer, on fake time.</summary>
internal sealed class AuthenticationScenario : IAsyncDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string TenantId = "tenant-1";

    private readonly ServiceProvider _services;

    private AuthenticationScenario(LocalTokenIssuer issuer, ServiceProvider services, ObservedTimeProvider time)
    {
        Issuer = issuer;
        _services = services;
        Time = time;
    }

    public LocalTokenIssuer Issuer { get; }

    public ObservedTimeProvider Time { get; }

    public ChannelRequestAuthenticator Authenticator => _services.GetRequiredService<ChannelRequestAuthenticator>();

    public VerifiedTokenCache Verified => _services.GetRequiredService<VerifiedTokenCache>();

    /// <param name="environment">The host environment (the Agents Playground's loopback URL is accepted only in Development).</param>
    public static async Task<AuthenticationScenario> StartAsync(Action<Dictionary<string, string?>>? configure = null, string? environment = null)
    {
        var issuer = await LocalTokenIssuer.StartAsync();
        var settings = ConnectorServices.ValidSettings(issuer.MetadataUrl);
        configure?.Invoke(settings);
        var time = new ObservedTimeProvider();
        return new AuthenticationScenario(issuer, ConnectorServices.Build(settings, time, environment: environment), time);
    }

    public static Activity Message(string serviceUrl = ServiceUrl, string? tenantId = TenantId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "activity-1",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:user", AadObjectId = "user-object-id" },
        Recipient = new ChannelAccount { Id = "28:" + ConnectorServices.AppId },
        Conversation = new ConversationAccount { Id = "a:personal", ConversationType = "personal", TenantId = tenantId },
        Text = "hallo",
    };

    public string Header(Action<TokenSpec>? forge = null) =>
        Issuer.MintAuthorizationHeader(ConnectorServices.AppId, ServiceUrl, Time.GetUtcNow(), forge);

    public Task<AuthenticationOutcome> AuthenticateAsync(string? header, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(header, activity ?? Message(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
