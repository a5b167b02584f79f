using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BreedBot.Testing;

/// <summary>
/// A recording stand-in for Microsoft Graph on 127.0.0.1, answering <c>GET /v1.0/teams/{group id}/members</c> the way
/// Graph does: pages of <c>aadUserConversationMember</c> items joined by <c>@odata.nextLink</c>, and 403 for a team
/// whose owners never granted BreedBot's resource-specific consent (any team not given members). Scriptable per
/// request (429 with Retry-After, 5xx, hangs), like the <see cref="ConnectorStandIn"/>.
/// </summary>
public sealed class GraphStandIn : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, ScriptedResponse Response, int[] Remaining)> _scripts = [];
    private readonly Dictionary<string, List<GraphMember>> _teams = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RecordedRequest> _hanging = [];
    private readonly List<(int After, TaskCompletionSource<RecordedRequest> Signal)> _hangWaiters = [];
    private WebApplication? _app;

    private GraphStandIn()
    {
    }

    /// <summary>The v1.0 root to configure as <c>Graph:BaseUrl</c>, ending in a slash.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Members per page (Graph decides its own; tests make it small to see paging).</summary>
    public int PageSize { get; set; } = 100;

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

    public static async Task<GraphStandIn> StartAsync()
    {
        var standIn = new GraphStandIn();
        var (app, baseAddress) = await LoopbackWebHost.StartAsync(standIn.HandleAsync);
        standIn._app = app;
        standIn.BaseUrl = new Uri(baseAddress, "v1.0/");
        return standIn;
    }

    /// <summary>The team's members as Graph lists them; the team has granted BreedBot's consent from now on.</summary>
    public void SetMembers(string groupId, IEnumerable<GraphMember> members)
    {
        lock (_gate)
        {
            _teams[groupId] = members.ToList();
        }
    }

    /// <summary>The team's owners take their consent back (or never gave it): 403 from now on.</summary>
    public void WithdrawConsent(string groupId)
    {
        lock (_gate)
        {
            _teams.Remove(groupId);
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests that match with <paramref name="response"/>.</summary>
    public void Respond(Func<RecordedRequest, bool> match, ScriptedResponse response, int times = 1)
    {
        lock (_gate)
        {
            _scripts.Add((match, response, [times]));
        }
    }

    /// <summary>The first request after <paramref name="afterSequence"/> left hanging, once it hangs.</summary>
    public Task<RecordedRequest> WaitForHangAsync(int afterSequence, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_hanging.FirstOrDefault(r => r.Sequence > afterSequence) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var signal = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _hangWaiters.Add((afterSequence, signal));
            return signal.Task.WaitAsync(timeout);
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
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        ScriptedResponse response;
        RecordedRequest request;
        lock (_gate)
        {
            request = new RecordedRequest(
                _requests.Count + 1, context.Request.Method, context.Request.Path.Value ?? "", rawTarget, context.Request.QueryString.Value ?? "", headers, "");
            _requests.Add(request);
            response = TakeScript(request) ?? DefaultResponse(request, context.Request.Query);
            if (response.Hangs)
            {
                _hanging.Add(request);
                foreach (var waiter in _hangWaiters.Where(w => request.Sequence > w.After).ToList())
                {
                    _hangWaiters.Remove(waiter);
                    waiter.Signal.TrySetResult(request);
                }
            }
        }

        await ConnectorStandIn.WriteAsync(context, response);
    }

    private ScriptedResponse? TakeScript(RecordedRequest request)
    {
        var script = _scripts.FirstOrDefault(s => s.Remaining[0] > 0 && s.Match(request));
        if (script.Match is null)
        {
            return null;
        }

        script.Remaining[0]--;
        return script.Response;
    }

    // Called under _gate. GET /v1.0/teams/{group id}/members[?$skiptoken=N].
    private ScriptedResponse DefaultResponse(RecordedRequest request, IQueryCollection query)
    {
        var segments = request.Path.Trim('/').Split('/');
        if (request.Method != "GET" || segments is not ["v1.0", "teams", var groupId, "members"])
        {
            return Error(404, "NotFound");
        }

        if (!_teams.TryGetValue(Uri.UnescapeDataString(groupId), out var members))
        {
            return Error(403, "Forbidden");
        }

        var start = int.TryParse(query["$skiptoken"], CultureInfo.InvariantCulture, out var offset) ? offset : 0;
        var page = members.Skip(start).Take(PageSize).ToList();
        var answer = new JsonObject
        {
            ["@odata.context"] = BaseUrl + "$metadata#teams('" + groupId + "')/members",
            ["value"] = new JsonArray([.. page.Select(m => (JsonNode)m.ToJson())]),
        };
        if (start + page.Count < members.Count)
        {
            answer["@odata.nextLink"] = $"{BaseUrl}teams/{groupId}/members?$skiptoken={(start + page.Count).ToString(CultureInfo.InvariantCulture)}";
        }

        return new ScriptedResponse(200, answer.ToJsonString());
    }

    private static ScriptedResponse Error(int status, string code) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = "stand-in " + code } }.ToJsonString());
}

/// <summary>A team member as Graph lists it: <paramref name="UserId"/> is the Entra object id; owners have the role "owner".</summary>
public sealed record GraphMember(string UserId, string DisplayName, params string[] Roles)
{
    public static GraphMember Owner(string userId, string name = "Owner") => new(userId, name, "owner");

    public static GraphMember Member(string userId, string name = "Member") => new(userId, name);

    public JsonObject ToJson() => new()
    {
        ["@odata.type"] = "#microsoft.graph.aadUserConversationMember",
        ["id"] = "membership-" + UserId,
        ["roles"] = new JsonArray([.. Roles.Select(r => (JsonNode)JsonValue.Create(r)!)]),
        ["displayName"] = DisplayName,
        ["userId"] = UserId,
        ["email"] = UserId + "@example.org",
    };
}
