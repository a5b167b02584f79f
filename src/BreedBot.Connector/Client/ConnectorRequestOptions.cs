namespace BreedBot.Connector.Client;

/// <summary>What the handlers may know of a request beyond its URL: the operation name, for logs and errors.</summary>
internal static class ConnectorRequestOptions
{
    public static readonly HttpRequestOptionsKey<string> Operation = new("BreedBot.Connector.Operation");

    public static string OperationOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Operation, out var operation) ? operation : "request";
}
