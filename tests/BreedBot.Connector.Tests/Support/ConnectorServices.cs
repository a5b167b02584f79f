using BreedBot.Connector.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider? time = null, double jitter = 0)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? new ObservedTimeProvider());
        services.AddSingleton<IRetryJitter>(new FixedJitter(jitter));
        services.AddBotConnector(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
