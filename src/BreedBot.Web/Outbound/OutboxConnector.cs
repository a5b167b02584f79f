using BreedBot.Connector;
using BreedBot.Connector.Client;

namespace BreedBot.Web.Outbound;

/// <summary>
/// The connector client the send workers use: the same token handling, but WITHOUT the connector's own
/// retry handler. For queued sends the worker is the one retry layer — a 429 or 5xx comes straight back
/// to it, so it can honour Retry-After by re-queueing, pause the tenant after lasting 429s, and keep the
/// total number of sends per delivery bounded by <see cref="OutboxOptions.MaxAttempts"/>.
/// </summary>
internal sealed class OutboxConnector(IHttpClientFactory clients, ServiceUrlPolicy policy, TimeProvider time, ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BreedBot.Outbox";

    public ConnectorClient Create() => new(clients.CreateClient(HttpClientName), policy, time, logger);
}
