using BreedBot.Connector.Files;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BreedBot.Web.Telemetry;

internal static class TelemetryExtensions
{
    /// <summary>
    /// Traces and metrics through OpenTelemetry. Nothing leaves the process unless an OTLP endpoint
    /// is configured (OTEL_EXPORTER_OTLP_ENDPOINT), e.g. the Azure Monitor collector of the deployment.
    /// </summary>
    public static IHostApplicationBuilder AddBreedBotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BreedBotMetrics>();
        var otel = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                // A file upload's URL carries its own credential: it is not traced.
                .AddHttpClientInstrumentation(http => http.FilterHttpRequestMessage = request => !request.Options.TryGetValue(FileUploadClient.Untraced, out _)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(BreedBotMetrics.MeterName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
