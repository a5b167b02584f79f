namespace BreedBot.Connector.Client;

/// <summary>Gives the bot's access token for the connector, or null when the bot runs without an identity.</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
