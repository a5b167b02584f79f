using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BreedBot.Benchmarks.Harness;

/// <summary>A minimal Kestrel host on 127.0.0.1 with a free port, answering every request with one delegate.</summary>
internal static class LoopbackServer
{
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        var address = app.Urls.First(url => url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }
}
