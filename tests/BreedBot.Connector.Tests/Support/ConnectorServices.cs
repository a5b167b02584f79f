using BreedBot.Connector.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BreedBot.Connector.Tests.Support;

/// <summary>The protocol layer as the host wires it, with fake time and fixed jitter.</summary>
internal static class ConnectorServices
{
    public const string AppId = "00000000-0000-0000-0000-0000000000a1";

    public static Dictionary<string, string?> ValidSettings(string? metadataUrl = null) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["Bot:OpenIdMetadataUrl"] = metadataUrl ?? BotOptions.DefaultOpenIdMetadataUrl,
    };

    /// <param name="environment">The host environment's name; null registers none (as a bare service collection has).</param>
    /// <param name="logs">Where every log record goes, at every level; null keeps none.</param>
    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider? time = null, double jitter = 0, string? environment = null, ILoggerProvider? logs = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
            {
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
            }
        });
        services.AddSingleton(time ?? new ObservedTimeProvider());
        services.AddSingleton<IRetryJitter>(new FixedJitter(jitter));
        if (environment is not null)
        {
            services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        }

        services.AddBotConnector(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

/// <summary>Just the environment name, as a host would report it.</summary>
internal sealed class TestEnvironment(string name) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = name;
    public string ApplicationName { get; set; } = "BreedBot.Connector.Tests";
    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
