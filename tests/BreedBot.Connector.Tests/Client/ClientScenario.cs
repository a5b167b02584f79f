using BreedBot.Connector.Client;
using BreedBot.Connector.Tests.Support;
using BreedBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Connector.Tests.Client;

/// <summary>A <see cref="ConnectorClient"/> wired as in the host, talking to a recording stand-in on loopback.</summary>
internal sealed class ClientScenario : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ClientScenario(ConnectorStandIn standIn, ServiceProvider services, ObservedTimeProvider time)
    {
        StandIn = standIn;
        _services = services;
        Time = time;
    }

    public ConnectorStandIn StandIn { get; }

    public ObservedTimeProvider Time { get; }

    public ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    public Uri ServiceUrl => StandIn.ServiceUrl;

    public static async Task<ClientScenario> StartAsync(double jitter = 0, CapturedLogs? logs = null)
    {
        var standIn = await ConnectorStandIn.StartAsync();
        var time = new ObservedTimeProvider();
        var settings = ConnectorServices.ValidSettings();
        // A production rule: the loopback stand-in is accepted because the allow-list names it.
        settings["Bot:AllowedServiceUrlHosts"] = "smba.trafficmanager.net, *.botframework.com, 127.0.0.1";
        return new ClientScenario(standIn, ConnectorServices.Build(settings, time, jitter, logs: logs), time);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
