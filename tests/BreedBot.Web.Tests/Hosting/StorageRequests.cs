using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// Records every table request the host makes (each try), for tests that count round trips: register it
/// with <see cref="BotHost.StartAsync"/>'s <c>services</c> and it replaces the host's table client with one
/// that records through an SDK pipeline policy.
/// </summary>
public sealed class StorageRequests : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<TableRequest> requests = new();

    public IReadOnlyList<TableRequest> Requests => [.. requests];

    public void Clear() => requests.Clear();

    public void Register(IServiceCollection services, string connectionString)
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new TableServiceClient(connectionString, options));
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        requests.Enqueue(new TableRequest(message.Request.Method.ToString(), Uri.UnescapeDataString(message.Request.Uri.Path)));
    }
}

/// <summary>One table request: its method and unescaped path, e.g. <c>GET /devstoreaccount1/wxDuoWeeks(PartitionKey='…',RowKey='…')</c>.</summary>
public sealed record TableRequest(string Method, string Path)
{
    /// <summary>A GET of one row by its keys (not a query).</summary>
    public bool IsPointRead => Method == "GET" && Path.Contains("(PartitionKey=", StringComparison.Ordinal);

    /// <summary>A table transaction (entity group): one POST to <c>$batch</c>, whichever table its rows are in.</summary>
    public bool IsTransaction => Method == "POST" && Path.EndsWith("/$batch", StringComparison.Ordinal);

    /// <summary>The table's name without the host's prefix check: whether the path is for a table ending in <paramref name="name"/>.</summary>
    public bool IsFor(string name) => Path.Split('/').LastOrDefault()?.Split('(')[0].EndsWith(name, StringComparison.Ordinal) == true;
}
