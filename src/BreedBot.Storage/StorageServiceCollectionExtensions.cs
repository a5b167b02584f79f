using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using BreedBot.Storage.Members;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Pool;
using BreedBot.Storage.Reflections;
using BreedBot.Storage.Teams;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Storage.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BreedBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Tables, queues and the stores, bound to the <c>Storage</c> section and validated at startup.</summary>
    public static IServiceCollection AddBreedBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => CreateTableService(sp.GetRequiredService<IOptions<StorageOptions>>().Value, Recreation(sp)));
        services.AddSingleton(sp => CreateQueueService(sp.GetRequiredService<IOptions<StorageOptions>>().Value, Recreation(sp)));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<StorageQueues>();
        services.AddSingleton<StorageReadiness>();
        services.AddSingleton<StorageProbe>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<StorageRecreation>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageInitializer>());

        services.AddSingleton<TeamStore>();
        services.AddSingleton<UserConversationStore>();
        services.AddSingleton<MemberStore>();
        services.AddSingleton<DuoStore>();
        services.AddSingleton<PoolStore>();
        services.AddSingleton<TeamWeekFactStore>();
        services.AddSingleton<Scheduling.OccurrenceClaimStore>();
        services.AddSingleton<DuoWeeks.DuoWeekStore>();
        services.AddSingleton<DuoWeeks.DuoWeekMigration>();
        services.AddHostedService(sp => sp.GetRequiredService<DuoWeeks.DuoWeekMigration>());
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<SendPauseStore>();
        services.AddSingleton<ReflectionStore>();
        services.AddSingleton<ReflectionDueStore>();
        services.AddSingleton<CourageStories.CourageStoryStore>();
        services.AddSingleton<Settings.SettingsAuditStore>();
        services.AddSingleton<ReflectionShareStore>();
        services.AddSingleton<Acute.UrgentConsultStore>();
        return services;
    }

    // Resolved at the first missing table, not when the clients are built: the recreation itself uses them.
    private static MissingStoragePolicy Recreation(IServiceProvider services) => new(services.GetRequiredService<StorageRecreation>);

    private static TableServiceClient CreateTableService(StorageOptions options, MissingStoragePolicy recreation)
    {
        var clientOptions = new TableClientOptions();
        Configure(clientOptions, options, recreation);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.TableServiceUri!, new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }

    /// <summary>
    /// Pinned, not the SDK's newest: Azurite 3.37 (local runs and tests) refuses versions it does not know,
    /// and 2026-06-06 is the newest both it and Azure.Storage.Queues 12.28 speak.
    /// </summary>
    public const QueueClientOptions.ServiceVersion QueueServiceVersion = QueueClientOptions.ServiceVersion.V2026_06_06;

    private static QueueServiceClient CreateQueueService(StorageOptions options, MissingStoragePolicy recreation)
    {
        var clientOptions = new QueueClientOptions(QueueServiceVersion);
        Configure(clientOptions, options, recreation);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new QueueServiceClient(options.ConnectionString, clientOptions);
        }

        var uri = options.QueueServiceUri
            ?? throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), ["Storage:QueueServiceUri is required with managed identity."]);
        return new QueueServiceClient(uri, new DefaultAzureCredential(), clientOptions);
    }

    // A user waits on these calls: fail within seconds and let them try again, rather than hang.
    private static void Configure(ClientOptions clientOptions, StorageOptions options, MissingStoragePolicy recreation)
    {
        clientOptions.AddPolicy(recreation, HttpPipelinePosition.PerCall);
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
    }
}
