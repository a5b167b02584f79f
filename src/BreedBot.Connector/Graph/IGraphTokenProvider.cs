namespace BreedBot.Connector.Graph;

/// <summary>An app-only Graph token for a team's tenant, or null when the bot has no identity.</summary>
public interface IGraphTokenProvider
{
    ValueTask<string?> GetTokenAsync(string tenantId, CancellationToken cancellationToken);
}
