using System.Globalization;
using BreedBot.Benchmarks.Harness;
using BreedBot.Web.Outbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BreedBot.Benchmarks.Outbound;

/// <summary>
/// One BreedBot instance in this process (the real host, Production environment), on the bench's Azurite,
/// with or without its send workers. Its outbound limits are the fan-out's, times the scale.
/// </summary>
/// <remarks>The factory is keyed by a public type of BreedBot.Web: it starts that assembly's entry point (its <c>Program</c>).</remarks>
internal sealed class OutboxInstance : IAsyncDisposable
{
    private readonly WebApplicationFactory<OutboxOptions> _factory;

    private OutboxInstance(WebApplicationFactory<OutboxOptions> factory) => _factory = factory;

    public IServiceProvider Services => _factory.Services;

    public static OutboxInstance Start(string storage, string prefix, bool runWorker, FanOutLimits limits, int instances, int? pumps)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "5b0e7a1c-0000-4000-8000-00000000b0b2",
            // Never used: sends go to a loopback stand-in, which gets no token.
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            // Production names the loopback stand-in in its allow-list.
            ["Bot:AllowedServiceUrlHosts"] = "smba.trafficmanager.net, *.botframework.com, 127.0.0.1",
            ["Storage:ConnectionString"] = storage,
            ["Storage:TablePrefix"] = prefix,
            ["Outbox:RunWorker"] = runWorker ? "true" : "false",
            ["Outbox:Instances"] = Text(instances),
            ["Outbox:TenantRequestsPerSecond"] = Text(limits.TenantPerSecond),
            ["Outbox:ConversationRequestsPerSecond"] = Text(limits.ConversationPerSecond),
            ["Logging:LogLevel:Default"] = "Error",
        };
        if (pumps is { } count)
        {
            settings["Outbox:Pumps"] = Text(count);
        }

        // Where the host finds its content (cards); test projects get this from a build attribute, the bench does not.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BREEDBOT_WEB", RepoRoot.Combine("src", "BreedBot.Web"));
        var factory = new WebApplicationFactory<OutboxOptions>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

        // Builds and starts the host, and with it the send workers when they run.
        _ = factory.Services;
        return new OutboxInstance(factory);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
