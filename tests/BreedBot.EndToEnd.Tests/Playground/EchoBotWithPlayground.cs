using BreedBot.Testing;

namespace BreedBot.EndToEnd.Tests.Playground;

/// <summary>The Agents Playground pointed at an EchoBot, with a connected client.</summary>
public sealed class EchoBotWithPlayground : IAsyncLifetime
{
    private AgentsPlayground? _playground;

    public EchoBot Bot { get; private set; } = null!;

    public PlaygroundClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await EchoBot.StartAsync();
        _playground = await AgentsPlayground.StartAsync(Bot.Endpoint);
        Client = _playground.CreateClient();
        await Client.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await _playground!.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
