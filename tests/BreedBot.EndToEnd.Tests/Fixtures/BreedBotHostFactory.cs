using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.EndToEnd.Tests.Fixtures;

/// <summary>
/// The real BreedBot host on Kestrel (not the in-memory TestServer: the Playground is another
/// process and must reach it over HTTP), on 127.0.0.1 with a port the OS picks.
/// </summary>
public sealed class BreedBotHostFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    public BreedBotHostFactory(string storageConnectionString, string tablePrefix)
    {
        _settings = new Dictionary<string, string>
        {
            // The Playground sends no Authorization header; this is the host's explicit switch for that.
            ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true",
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            // The shared test machine answers storage far slower than Azure at times; the acute card's look-up of
            // whom a consult would reach gets more of the 5-second budget here, so the names are there to check.
            ["Acute:LookupTimeout"] = "00:00:02",
            ["Acute:SendDeadline"] = "00:00:02.900",
        };
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and returns the bot's messaging endpoint, e.g. http://127.0.0.1:41234/api/messages.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(new Uri(address), "api/messages");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (not ConfigureAppConfiguration) so values are visible while Program.cs still builds.
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
