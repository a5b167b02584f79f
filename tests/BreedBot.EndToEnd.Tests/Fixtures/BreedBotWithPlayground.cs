using System.Security.Cryptography;
using BreedBot.Testing;

namespace BreedBot.EndToEnd.Tests.Fixtures;

/// <summary>
/// BreedBot (in-process, on Kestrel) with its own tables in the shared Azurite, and a real Agents
/// Playground pointed at it with a connected client. One per test class.
/// </summary>
public sealed class BreedBotWithPlayground : IAsyncLifetime
{
    private readonly AzuriteFixture _storage;
    private readonly string? _playgroundConfigYaml;
    private BreedBotHostFactory? _host;
    private AgentsPlayground? _playground;
    private PlaygroundClient? _client;

    public BreedBotWithPlayground(AzuriteFixture storage)
        : this(storage, playgroundConfigYaml: null)
    {
    }

    /// <summary>Internal: xunit wants one public constructor on a fixture.</summary>
    internal BreedBotWithPlayground(AzuriteFixture storage, string? playgroundConfigYaml)
    {
        _storage = storage;
        _playgroundConfigYaml = playgroundConfigYaml;
    }

    /// <summary>Letters only: Azure table names allow no digits at the start and no separators.</summary>
    public string TablePrefix { get; } = "e2e" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 6);

    public PlaygroundClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public PlaygroundTestConfig Config { get; private set; } = null!;

    /// <summary>The bot host's services, for driving its jobs (the scheduler) from a test.</summary>
    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        try
        {
            _host = new BreedBotHostFactory(_storage.ConnectionString, TablePrefix);
            var endpoint = _host.Start();
            _playground = await AgentsPlayground.StartAsync(endpoint, _playgroundConfigYaml).ConfigureAwait(false);
            _client = _playground.CreateClient();
            await _client.ConnectAsync().ConfigureAwait(false);
            Config = await _client.GetTestConfigAsync().ConfigureAwait(false);
        }
        catch
        {
            // A half-started stack must not leave the Playground or Kestrel running.
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync().ConfigureAwait(false);
        }

        if (_playground is not null)
        {
            await _playground.DisposeAsync().ConfigureAwait(false);
        }

        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
