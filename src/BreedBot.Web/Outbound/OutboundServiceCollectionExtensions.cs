using BreedBot.Connector.Client;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Outbound;

internal static class OutboundServiceCollectionExtensions
{
    /// <summary>The outbox (<see cref="IOutbox"/>), and the send workers of this instance with their own retry-free connector client.</summary>
    public static IServiceCollection AddBreedBotOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(OutboxConnector.HttpClientName)
            .ConfigureHttpClient(client => client.MaxResponseContentBufferSize = 8 * 1024 * 1024)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler(sp => new CallDeadlineHandler(
                sp.GetRequiredService<IOptions<OutboxOptions>>().Value.SendTimeout,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<CallDeadlineHandler>>()))
            .AddHttpMessageHandler<BotTokenHandler>();
        services.AddSingleton<OutboxConnector>();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutbox, QueueOutbox>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<OutboxOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return new OutboxPacing(
                new SendRateLimiter(time, settings.TenantShare * settings.RateShare, settings.ConversationRequestsPerSecond * settings.RateShare, settings.Burst),
                ActivatorUtilities.CreateInstance<TenantPauses>(sp),
                sp.GetRequiredService<IRetryJitter>());
        });
        services.AddSingleton<RecentTeams>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        return services;
    }
}
