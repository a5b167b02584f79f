using Azure.Identity;
using Microsoft.Extensions.Logging;

namespace BreedBot.Connector.Client;

/// <summary>
/// Adds the bot's token to requests for allow-listed https hosts only. Loopback hosts get no header
/// (the credential is never handed to a local process); any other host gets nothing at all — the request is refused.
/// </summary>
public sealed class BotTokenHandler(IBotTokenProvider tokens, ServiceUrlPolicy policy, ILogger<BotTokenHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri;
        request.Headers.Authorization = null;

        if (uri is null || !policy.IsAllowed(uri))
        {
            throw ConnectorException.NotAllowed(ConnectorRequestOptions.OperationOf(request));
        }

        if (policy.IsAllowedRemote(uri) && await GetTokenAsync(request, cancellationToken) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        request.Options.Set(ConnectorRequestOptions.Dispatched, true);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string?> GetTokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenAsync(cancellationToken);
        }
        catch (AuthenticationFailedException exception)
        {
            var operation = ConnectorRequestOptions.OperationOf(request);
            Log.TokenUnavailable(logger, operation, exception.GetType().Name);
            throw ConnectorException.TokenUnavailable(operation, exception);
        }
    }
}
