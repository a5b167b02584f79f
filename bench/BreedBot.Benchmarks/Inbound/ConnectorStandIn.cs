using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BreedBot.Benchmarks.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// The Teams connector service as the bots see it, on 127.0.0.1: accepts activities sent to a
/// conversation (201 with an id, as the service answers) and updates of an activity already there (a
/// card updated in place: 200), and notes when the first of either arrives for each conversation the
/// load generator is waiting on. Records counts only, not bodies: it must
/// stay cheap under load, since it shares the machine with the bots it measures.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private long _requests;
    private long _activities;
    private volatile bool _keep;
    private volatile string? _kept;

    /// <summary>Keeps the body of the next activity posted to a conversation (one only; the rest are drained unread).</summary>
    public void KeepNextReply()
    {
        _kept = null;
        _keep = true;
    }

    public Uri ServiceUrl { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    public long Activities => Interlocked.Read(ref _activities);

    /// <summary>The body of the first activity posted to a conversation once <see cref="KeepNextReply"/> was called (the floor replays it).</summary>
    public string? KeptReply => _kept;

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var standIn = new ConnectorStandIn();
        var (app, baseAddress) = await LoopbackServer.StartAsync(standIn.HandleAsync);
        standIn._app = app;
        standIn.ServiceUrl = baseAddress;
        return standIn;
    }

    /// <summary>Completes with the Stopwatch timestamp at which the next activity for the conversation arrived.</summary>
    public Task<long> ExpectActivity(string conversationId)
    {
        var signal = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[conversationId] = signal;
        return signal.Task;
    }

    public void Forget(string conversationId) => _waiting.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _requests);
        // Drain the body as the real service would read it.
        string? body = null;
        if (_keep && context.Request.Method == HttpMethods.Post)
        {
            using var reader = new StreamReader(context.Request.Body);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        else
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }

        // /v3/conversations/{id}/activities[/{replyToId}] — the path is already unescaped.
        var segments = (context.Request.Path.Value ?? "").Trim('/').Split('/');
        var v3 = Array.IndexOf(segments, "v3");
        var rest = v3 < 0 ? [] : segments[(v3 + 1)..];
        if (context.Request.Method == HttpMethods.Post && rest is ["conversations", var conversationId, "activities", ..])
        {
            var id = Interlocked.Increment(ref _activities);
            if (body is not null && _keep)
            {
                _keep = false;
                _kept = body;
            }

            Arrived(conversationId, arrived);
            await Json(context, 201, "{\"id\":\"activity-" + id.ToString(CultureInfo.InvariantCulture) + "\"}");
        }
        else if (context.Request.Method == HttpMethods.Put && rest is ["conversations", var updatedIn, "activities", var activityId])
        {
            Interlocked.Increment(ref _activities);
            Arrived(updatedIn, arrived);
            await Json(context, 200, "{\"id\":\"" + activityId + "\"}");
        }
        else if (context.Request.Method == HttpMethods.Post && rest is ["conversations"])
        {
            var id = Interlocked.Increment(ref _activities);
            await Json(context, 201, "{\"id\":\"a:created-" + id.ToString(CultureInfo.InvariantCulture) + "\"}");
        }
        else
        {
            await Json(context, 404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"stand-in\"}}");
        }
    }

    private void Arrived(string conversationId, long at)
    {
        if (_waiting.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult(at);
        }
    }

    private static Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body);
    }
}
