using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using BreedBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// Records every table and queue request the host makes (each try), with when it started and ended and the trace of
/// the turn it was made for, for tests that count round trips: register it with <see cref="BotHost.StartAsync"/>'s
/// <c>services</c> and it replaces the host's storage clients with ones that record through an SDK pipeline policy.
/// A turn posted with <see cref="BotHost.PostTracedAsync"/> carries its own trace id; requests made after the
/// reply, in the background, carry none.
/// <para>
/// Given a <c>hold</c>, it keeps each request of a turn begun with <see cref="NewTurn"/> back that long before sending it, as a storage account
/// with that much latency would. Then requests sent side by side overlap in time however slowly the machine runs the
/// code between them (a cold start, a busy core), and <see cref="Depth"/> counts only real waits: a request sent
/// after another answered always starts after it ended.
/// </para>
/// </summary>
public sealed class StorageRequests(TimeSpan hold = default) : HttpPipelinePolicy
{
    /// <summary>Long enough that two requests sent one after the other without waiting always overlap on a loaded 2-core machine.</summary>
    public static readonly TimeSpan TurnHold = TimeSpan.FromMilliseconds(150);

    private readonly ConcurrentQueue<TableRequest> requests = new();
    private readonly ConcurrentDictionary<string, bool> held = new(StringComparer.Ordinal);

    /// <summary>A trace id for the next turn to post (<see cref="BotHost.PostTracedAsync"/>); its requests are held.</summary>
    public string NewTurn()
    {
        var trace = ActivityTraceId.CreateRandom().ToHexString();
        held[trace] = true;
        return trace;
    }

    public IReadOnlyList<TableRequest> Requests => [.. requests.OrderBy(r => r.Start)];

    public void Clear() => requests.Clear();

    /// <summary>The requests the turn with this trace id made before it answered, in the order they started.</summary>
    public IReadOnlyList<TableRequest> OfTurn(string traceId) => [.. Requests.Where(r => r.Trace == traceId)];

    /// <summary>How many of <paramref name="turn"/>'s requests waited one for another (see <see cref="RoundTrips"/>).</summary>
    public static int Depth(IEnumerable<TableRequest> turn) => RoundTrips.Sequential(turn.Select(r => (r.Start, r.End)));

    /// <param name="alsoOnTables">Further policies for the table client (e.g. a <see cref="StalledTable"/>): the host has one client.</param>
    public void Register(IServiceCollection services, string connectionString, params HttpPipelinePolicy[] alsoOnTables)
    {
        var tables = new TableClientOptions();
        foreach (var policy in alsoOnTables)
        {
            tables.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        tables.AddPolicy(this, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new TableServiceClient(connectionString, tables));
        var queues = new QueueClientOptions(Storage.StorageServiceCollectionExtensions.QueueServiceVersion);
        queues.AddPolicy(this, HttpPipelinePosition.PerRetry);
        services.AddSingleton(new QueueServiceClient(connectionString, queues));
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var trace = Activity.Current?.TraceId.ToHexString();
        var start = Stopwatch.GetTimestamp();
        try
        {
            if (hold > TimeSpan.Zero && trace is not null && held.ContainsKey(trace))
            {
                await Task.Delay(hold, TimeProvider.System); // the storage account's latency, not a wait for the host
            }

            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            requests.Enqueue(new TableRequest(message.Request.Method.ToString(), Uri.UnescapeDataString(message.Request.Uri.Path))
            {
                Trace = trace,
                Start = start,
                End = Stopwatch.GetTimestamp(),
            });
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The host's storage calls are asynchronous.");
}

/// <summary>One storage request: its method and unescaped path, e.g. <c>GET /devstoreaccount1/wxDuoWeeks(PartitionKey='…',RowKey='…')</c>.</summary>
public sealed record TableRequest(string Method, string Path)
{
    /// <summary>The trace id of the turn it was made for; null in the background.</summary>
    public string? Trace { get; init; }

    /// <summary>Stopwatch timestamps of the try.</summary>
    public long Start { get; init; }

    public long End { get; init; }

    /// <summary>A GET of one row by its keys (not a query).</summary>
    public bool IsPointRead => Method == "GET" && Path.Contains("(PartitionKey=", StringComparison.Ordinal);

    /// <summary>A table transaction (entity group): one POST to <c>$batch</c>, whichever table its rows are in.</summary>
    public bool IsTransaction => Method == "POST" && Path.EndsWith("/$batch", StringComparison.Ordinal);

    /// <summary>A request to a queue (its path ends in <c>/messages</c>).</summary>
    public bool IsQueue => Path.Contains("/messages", StringComparison.Ordinal);

    /// <summary>The table's name without the host's prefix check: whether the path is for a table ending in <paramref name="name"/>.</summary>
    public bool IsFor(string name) => Path.Split('/').LastOrDefault()?.Split('(')[0].EndsWith(name, StringComparison.Ordinal) == true;

    public override string ToString() => Method + " " + Path;
}
