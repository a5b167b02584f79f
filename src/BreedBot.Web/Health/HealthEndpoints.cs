using BreedBot.Storage;

namespace BreedBot.Web.Health;

internal static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: it can also reach its storage.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", async (StorageProbe probe, CancellationToken ct) =>
            await probe.IsReadyAsync(ct)
                ? Results.Text("ready")
                : Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
