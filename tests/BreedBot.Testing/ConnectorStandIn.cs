using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BreedBot.Testing;

/// <summary>
/// A recording stand-in for the Teams connector service on 127.0.0.1: answers like the real service
/// (see <see cref="ConnectorStandIn"/>.Defaults), records every request, and can be scripted per request.
/// </summary>
public sealed partial class ConnectorStandIn : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Signal)> _waiters = [];
    private readonly List<RecordedRequest> _hanging = [];
    private readonly List<(int After, TaskCompletionSource<RecordedRequest> Signal)> _hangWaiters = [];
    private readonly List<Script> _scripts = [];
    private readonly Dictionary<string, List<StandInMember>> _rosters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _teams = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _nextId;

    private ConnectorStandIn()
    {
    }

    /// <summary>The base URL to put in activities' <c>serviceUrl</c>, ending in a slash.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var standIn = new ConnectorStandIn();
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(standIn.HandleAsync);
        standIn._app = app;
        standIn.ServiceUrl = baseAddress;
        return standIn;
    }

    /// <summary>The first recorded request (past or future) that matches, or a TimeoutException after <paramref name="timeout"/>.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (_gate)
        {
            var existing = _requests.FirstOrDefault(match);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var signal = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(timeout);
        }
    }

    /// <summary>
    /// The first request after <paramref name="afterSequence"/> that the stand-in left hanging (<see cref="ScriptedResponse.Hang"/>),
    /// once it hangs; a TimeoutException after <paramref name="timeout"/>.
    /// </summary>
    public Task<RecordedRequest> WaitForHangAsync(int afterSequence, TimeSpan timeout)
    {
        lock (_gate)
        {
            var existing = _hanging.FirstOrDefault(r => r.Sequence > afterSequence);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var signal = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _hangWaiters.Add((afterSequence, signal));
            return signal.Task.WaitAsync(timeout);
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests that match with <paramref name="response"/>.</summary>
    public void Respond(Func<RecordedRequest, bool> match, ScriptedResponse response, int times = 1)
    {
        lock (_gate)
        {
            _scripts.Add(new Script(match, response, times));
        }
    }

    public void SetRoster(string conversationId, IEnumerable<StandInMember> members)
    {
        lock (_gate)
        {
            _rosters[conversationId] = members.ToList();
        }
    }

    public void SetTeam(string teamId, string name, string? aadGroupId = null)
    {
        lock (_gate)
        {
            _teams[teamId] = new JsonObject { ["id"] = teamId, ["name"] = name, ["aadGroupId"] = aadGroupId };
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(
            header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;

        ScriptedResponse response;
        RecordedRequest request;
        lock (_gate)
        {
            request = new RecordedRequest(
                _requests.Count + 1, context.Request.Method, context.Request.Path.Value ?? string.Empty, rawTarget,
                context.Request.QueryString.Value ?? string.Empty, headers, body);
            _requests.Add(request);
            var route = RouteOf(request);
            var scripted = TakeScript(request);
            response = scripted is { AsDefault: true }
                ? (Enforce(request, route) ?? DefaultResponse(request, context.Request.Query)) with { Delay = scripted.Delay, Clock = scripted.Clock }
                : scripted ?? Enforce(request, route) ?? DefaultResponse(request, context.Request.Query);
            Note(request, route, response);
            foreach (var waiter in _waiters.Where(waiter => waiter.Match(request)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult(request);
            }
        }

        if (response.Hangs)
        {
            NoteHanging(request);
        }

        await WriteAsync(context, response);
    }

    private void NoteHanging(RecordedRequest request)
    {
        lock (_gate)
        {
            _hanging.Add(request);
            foreach (var waiter in _hangWaiters.Where(w => request.Sequence > w.After).ToList())
            {
                _hangWaiters.Remove(waiter);
                waiter.Signal.TrySetResult(request);
            }
        }
    }

    private ScriptedResponse? TakeScript(RecordedRequest request)
    {
        var script = _scripts.FirstOrDefault(candidate => candidate.Remaining > 0 && candidate.Match(request));
        if (script is null)
        {
            return null;
        }

        script.Remaining--;
        return script.Response;
    }

    internal static async Task WriteAsync(HttpContext context, ScriptedResponse response)
    {
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, response.Clock ?? TimeProvider.System, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller gave up first.
                return;
            }
        }

        if (response.Hangs)
        {
            var aborted = new TaskCompletionSource();
            using var registration = context.RequestAborted.Register(() => aborted.TrySetResult());
            await aborted.Task;
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private sealed class Script(Func<RecordedRequest, bool> match, ScriptedResponse response, int remaining)
    {
        public Func<RecordedRequest, bool> Match { get; } = match;
        public ScriptedResponse Response { get; } = response;
        public int Remaining { get; set; } = remaining;
    }
}
