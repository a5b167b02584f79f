using BreedBot.Connector.Files;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BreedBot.Web.Telemetry;

internal static class TelemetryExtensions
{
    /// <summary>The setting that turns the instrumentation on without an exporter (the privacy canaries look at what it records).</summary>
    public const string InstrumentKey = "Telemetry:Instrument";

    /// <summary>
    /// Traces and metrics through OpenTelemetry, when there is somewhere to send them: an OTLP endpoint
    /// (OTEL_EXPORTER_OTLP_ENDPOINT), e.g. the Azure Monitor collector of the deployment, or <see cref="InstrumentKey"/>.
    /// Without either, spans and measurements that nobody reads would cost every turn (about 8 % of a `help` turn's CPU);
    /// the W3C trace still passes from the request to the storage calls, which ASP.NET Core and the Azure SDK do themselves.
    /// </summary>
    public static IHostApplicationBuilder AddBreedBotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BreedBotMetrics>();
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!exporting && !builder.Configuration.GetValue<bool>(InstrumentKey))
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                // A file upload's URL carries its own credential: it is not traced.
                .AddHttpClientInstrumentation(http => http.FilterHttpRequestMessage = request => !request.Options.TryGetValue(FileUploadClient.Untraced, out _)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(BreedBotMetrics.MeterName));

        if (exporting)
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
