namespace BreedBot.Connector.Client;

/// <summary>What the handlers may know of a request beyond its URL.</summary>
internal static class ConnectorRequestOptions
{
    /// <summary>The operation name, for logs and errors.</summary>
    public static readonly HttpRequestOptionsKey<string> Operation = new("BreedBot.Connector.Operation");

    /// <summary>When the call must have ended: no retry waits past it.</summary>
    public static readonly HttpRequestOptionsKey<DateTimeOffset> Deadline = new("BreedBot.Connector.Deadline");

    /// <summary>Set once the request went out to the network (after the token): from then on it may reach Teams.</summary>
    public static readonly HttpRequestOptionsKey<bool> Dispatched = new("BreedBot.Connector.Dispatched");

    public static string OperationOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Operation, out var operation) ? operation : "request";

    public static bool WasDispatched(HttpRequestMessage request) =>
        request.Options.TryGetValue(Dispatched, out var dispatched) && dispatched;
}
