using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BreedBot.Web.Tests.Telemetry;

/// <summary>OpenTelemetry's instrumentation runs only when something would read it: an OTLP endpoint, or the switch.</summary>
[Collection(SharedAzurite.Name)]
public sealed class TelemetrySwitchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StartAsync_NoEndpointNoSwitch_NoTracingOrMetricsProvider()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task StartAsync_InstrumentSwitchOn_TracingAndMetricsProviders()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Telemetry:Instrument"] = "true" });

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }
}
