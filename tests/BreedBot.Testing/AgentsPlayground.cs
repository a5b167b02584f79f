using System.Globalization;
using System.Text.RegularExpressions;

namespace BreedBot.Testing;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) as a headless mock of
/// Teams and its Bot Connector, pointed at a bot endpoint. Never opens a browser, never phones home.
/// </summary>
public sealed partial class AgentsPlayground : IAsyncDisposable
{
    private readonly LocalToolProcess _process;
    private readonly string? _configDirectory;

    private AgentsPlayground(LocalToolProcess process, int port, string? configDirectory)
    {
        _process = process;
        _configDirectory = configDirectory;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public int Port { get; }

    /// <summary>The Playground's own HTTP API, web UI and WebSocket (one port).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The serviceUrl the bot receives in every activity: the Playground's mock connector.</summary>
    public Uri ServiceUrl => new(BaseAddress, "_connector");

    /// <summary>Starts the Playground in msteams mode for <paramref name="botEndpoint"/> (…/api/messages).</summary>
    public static Task<AgentsPlayground> StartAsync(Uri botEndpoint, CancellationToken cancellationToken = default) =>
        StartAsync(botEndpoint, configYaml: null, cancellationToken);

    /// <summary>
    /// Starts it with its mock tenant from <paramref name="configYaml"/> (the .m365agentsplayground.yml
    /// format, e.g. <see cref="PlaygroundTeamsIdsConfig.Yaml"/>); null keeps its built-in tenant.
    /// </summary>
    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, string? configYaml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        string? configDirectory = null;
        var environment = new Dictionary<string, string>
        {
            ["TEAMSAPPTESTER_BROWSER"] = "none",
            ["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true",
        };
        if (configYaml is not null)
        {
            // Its own folder: the tool's working folder is made only when it starts.
            configDirectory = Directory.CreateTempSubdirectory("breedbot-playground-config-").FullName;
            var configPath = Path.Combine(configDirectory, ".m365agentsplayground.yml");
            await File.WriteAllTextAsync(configPath, configYaml, cancellationToken).ConfigureAwait(false);
            environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        }

        var requested = LocalToolProcess.FreePort();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var port = requested.ToString(CultureInfo.InvariantCulture);

        // Both switches are needed: --disable-telemetry alone still contacts Application Insights
        // and the Azure instance metadata address. TEAMSAPPTESTER_BROWSER=none keeps the browser shut.
        var process = LocalToolProcess.Start("agentsplayground",
            ["-e", botEndpoint.ToString(), "-c", "msteams", "-p", port,
             "--service-url", $"http://127.0.0.1:{port}/_connector", "--disable-telemetry"],
            environment,
            line =>
            {
                var match = ListeningLine().Match(line);
                if (match.Success)
                {
                    listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            });

        // If the port was taken meanwhile it picks another and says so; its serviceUrl would then
        // be wrong, so that is a start failure rather than something to follow.
        try
        {
            var actual = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), TimeProvider.System, cancellationToken).ConfigureAwait(false);
            if (actual != requested)
            {
                throw process.Failure($"listens on {actual} instead of {requested}");
            }

            await process.WaitForPortAsync(actual, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            return new AgentsPlayground(process, actual, configDirectory);
        }
        catch (TimeoutException)
        {
            await process.DisposeAsync().ConfigureAwait(false);
            DeleteConfig(configDirectory);
            throw process.Failure("did not report a listening port within 60 s");
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            DeleteConfig(configDirectory);
            throw;
        }
    }

    /// <summary>A client for the Playground's HTTP API and its bot-message WebSocket; connect it before acting.</summary>
    public PlaygroundClient CreateClient() => new(BaseAddress);

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        DeleteConfig(_configDirectory);
    }

    private static void DeleteConfig(string? directory)
    {
        try
        {
            if (directory is not null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
