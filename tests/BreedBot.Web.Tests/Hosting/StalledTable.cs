using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// Holds back every request to one table while it is stalled, as a storage account that has become slow would:
/// for tests that show a turn does not wait on that table. Register it with <see cref="BotHost.StartAsync"/>'s
/// <c>services</c>; it replaces the host's table client with one whose pipeline waits here.
/// </summary>
public sealed class StalledTable(string tableName) : HttpPipelinePolicy
{
    private TaskCompletionSource open = Opened();
    private TaskCompletionSource firstHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int requests;
    private int held;

    /// <summary>Every request to the table so far, stalled or not.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>The requests that arrived while the table was stalled.</summary>
    public int Held => Volatile.Read(ref held);

    /// <summary>Completes when a request is first held: work after a reply may reach the table a moment after it.</summary>
    public Task FirstHeld => firstHeld.Task;

    public void Register(IServiceCollection services, string connectionString)
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerCall);
        services.AddSingleton(new TableServiceClient(connectionString, options));
    }

    public void Stall() => open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => open.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var gate = open.Task;
        if (IsForTable(message))
        {
            Interlocked.Increment(ref requests);
            if (!gate.IsCompleted)
            {
                Interlocked.Increment(ref held);
                firstHeld.TrySetResult();
                await gate;
            }
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The host's storage calls are asynchronous.");

    // A table transaction is a POST to $batch whatever its table: its body's requests name the table.
    private bool IsForTable(HttpMessage message)
    {
        var request = new TableRequest(message.Request.Method.ToString(), Uri.UnescapeDataString(message.Request.Uri.Path));
        if (!request.IsTransaction || message.Request.Content is not { } content)
        {
            return request.IsFor(tableName);
        }

        using var body = new MemoryStream();
        content.WriteTo(body, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(body.ToArray()).Contains(tableName + "(PartitionKey=", StringComparison.Ordinal);
    }

    private static TaskCompletionSource Opened()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
