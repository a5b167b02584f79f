namespace BreedBot.Connector.Client;

/// <summary>The development mode without an app id: there is no identity, so no token.</summary>
internal sealed class NoBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
