using BreedBot.Connector.Authentication;
using BreedBot.Connector.Client;
using BreedBot.Connector.Files;
using BreedBot.Connector.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BreedBot.Connector;

public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the inbound <see cref="ChannelRequestAuthenticator"/>, the outbound <see cref="ConnectorClient"/> and the
    /// <see cref="GraphClient"/>, with <see cref="BotOptions"/> bound from the root <c>MicrosoftApp*</c> keys and the
    /// <c>Bot</c> section and <see cref="GraphOptions"/> from <c>Graph</c>, validated at startup.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotOptions>()
            .Configure(options => BotOptionsBinder.Bind(configuration, options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRetryJitter, CryptoRetryJitter>();
        services.TryAddSingleton(ConnectorRetryPolicy.Default);
        // Loopback service URLs (the Agents Playground) are for development; in any other environment only a
        // loopback host the allow-list names is accepted.
        services.TryAddSingleton(provider => new ServiceUrlPolicy(
            provider.GetRequiredService<IOptions<BotOptions>>().Value.AllowedServiceUrlHosts,
            allowAnyLoopback: provider.GetService<IHostEnvironment>()?.IsDevelopment() == true));
        services.TryAddSingleton(provider => BotTokenProviders.Create(provider.GetRequiredService<IOptions<BotOptions>>().Value));

        services.AddHttpClient(OpenIdSigningKeyCache.HttpClientName)
            .ConfigureHttpClient(client => client.MaxResponseContentBufferSize = 1024 * 1024)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddSingleton<OpenIdSigningKeyCache>();
        services.TryAddSingleton<VerifiedTokenCache>();
        services.TryAddSingleton<ChannelRequestAuthenticator>();

        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<BotTokenHandler>();
        // Outermost first: the deadline covers the retries and the token, the token is added to every attempt.
        // No request logging: ConnectorClient logs each call's operation and status itself, and the factory's
        // handlers would open a logging scope with the conversation's URL on every send. No HttpClient timeout either:
        // the call deadline (at most 14 s, on the injected clock) is the one timer of a send, not one of two.
        services.AddHttpClient<ConnectorClient>()
            .RemoveAllLoggers()
            .ConfigureHttpClient(client =>
            {
                client.MaxResponseContentBufferSize = 8 * 1024 * 1024;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler(provider => new CallDeadlineHandler(
                provider.GetRequiredService<IOptions<BotOptions>>().Value.CallTimeout,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<CallDeadlineHandler>>()))
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<BotTokenHandler>();

        // The upload URL carries its own credential: no token, no redirect, and no request logging, so it never reaches a log.
        services.TryAddSingleton<UploadUrlPolicy>();
        services.AddHttpClient<FileUploadClient>()
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler(provider => new CallDeadlineHandler(
                provider.GetRequiredService<IOptions<BotOptions>>().Value.CallTimeout,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<CallDeadlineHandler>>()));

        services.AddOptions<GraphOptions>()
            .Bind(configuration.GetSection(GraphOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton<IGraphTokenProvider>(provider => GraphTokenProvider.Create(
            provider.GetRequiredService<IOptions<BotOptions>>().Value, provider.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.AddHttpClient<GraphClient>()
            .ConfigureHttpClient(client => client.MaxResponseContentBufferSize = 8 * 1024 * 1024)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        return services;
    }
}
