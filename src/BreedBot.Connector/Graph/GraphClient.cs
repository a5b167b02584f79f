using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Identity;
using BreedBot.Connector.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BreedBot.Connector.Graph;

/// <summary>
/// Microsoft Graph, for the one thing the Bot Framework does not say: who owns a team.
/// <c>GET {base}/teams/{group id}/members</c> with an app-only token for the team's tenant (granted by the team's
/// resource-specific consent <c>TeamMember.Read.Group</c>), every <c>@odata.nextLink</c> page followed on the same
/// host, a 429's Retry-After honoured while the look-up has time, all within <see cref="GraphOptions.Timeout"/> and the
/// turn's deadline. A loopback base URL (a test's stand-in) gets no token. Failures throw <see cref="GraphException"/>.
/// </summary>
public sealed class GraphClient(HttpClient httpClient, IGraphTokenProvider tokens, IOptions<GraphOptions> options, TimeProvider time, ILogger<GraphClient> logger)
{
    private const int MaxPages = 200;
    private const int MaxThrottledAttempts = 3;
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<GraphTeamMember>> ListTeamMembersAsync(string tenantId, string groupId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        var settings = options.Value;
        var root = new Uri(settings.BaseUrl.EndsWith('/') ? settings.BaseUrl : settings.BaseUrl + "/");
        var now = time.GetUtcNow();
        var limit = TurnDeadline.Remaining(now) is { } left && left < settings.Timeout ? left : settings.Timeout;
        if (limit <= TimeSpan.Zero)
        {
            throw Failed(GraphErrorKind.TimedOut);
        }

        using var deadline = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var token = LoopbackHost.Is(root) ? null : await TokenAsync(tenantId, linked.Token);
            var members = new List<GraphTeamMember>();
            Uri? next = new(root, $"teams/{Uri.EscapeDataString(groupId)}/members");
            for (var page = 0; next is not null; page++)
            {
                if (page == MaxPages)
                {
                    throw Failed(GraphErrorKind.Unavailable);
                }

                var (items, nextLink) = await GetPageAsync(next, token, now + limit, linked.Token);
                members.AddRange(items);
                next = nextLink;
                // The token goes to Graph's own host only, never to wherever a page points.
                if (next is not null && Uri.Compare(next, root, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    throw Failed(GraphErrorKind.Unavailable);
                }
            }

            Log.GraphMembersRead(logger, members.Count, members.Count(m => m.IsOwner));
            return members;
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Failed(GraphErrorKind.TimedOut, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw Failed(GraphErrorKind.Unavailable, inner: e);
        }
    }

    private async Task<string> TokenAsync(string tenantId, CancellationToken ct)
    {
        try
        {
            return await tokens.GetTokenAsync(tenantId, ct) ?? throw Failed(GraphErrorKind.NoIdentity);
        }
        catch (AuthenticationFailedException e)
        {
            throw Failed(GraphErrorKind.Unavailable, inner: e);
        }
    }

    private async Task<(List<GraphTeamMember> Members, Uri? Next)> GetPageAsync(Uri uri, string? token, DateTimeOffset endAt, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            if (response.IsSuccessStatusCode)
            {
                return Read(await response.Content.ReadAsStringAsync(ct));
            }

            var delay = RetryAfterHeader.Read(response.Headers, time.GetUtcNow()) ?? DefaultRetryAfter;
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxThrottledAttempts && time.GetUtcNow() + delay < endAt)
            {
                Log.GraphThrottled(logger, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, time, ct);
                continue;
            }

            throw Failed(
                response.StatusCode switch
                {
                    HttpStatusCode.Forbidden => GraphErrorKind.ConsentMissing,
                    HttpStatusCode.TooManyRequests => GraphErrorKind.Throttled,
                    _ => GraphErrorKind.Unavailable,
                },
                response.StatusCode);
        }
    }

    // Only ids and roles are taken: names and e-mail addresses in the page are not BreedBot's business here.
    private (List<GraphTeamMember> Members, Uri? Next) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var members = new List<GraphTeamMember>();
            if (root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("userId", out var id) && id.ValueKind == JsonValueKind.String
                        && id.GetString() is { Length: > 0 } userId)
                    {
                        members.Add(new GraphTeamMember(userId, Roles(item)));
                    }
                }
            }

            var next = root.TryGetProperty("@odata.nextLink", out var link) && link.ValueKind == JsonValueKind.String
                && Uri.TryCreate(link.GetString(), UriKind.Absolute, out var nextUri)
                    ? nextUri
                    : null;
            return (members, next);
        }
        catch (JsonException e)
        {
            throw Failed(GraphErrorKind.Unavailable, inner: e);
        }
    }

    private static List<string> Roles(JsonElement item) =>
        item.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
            ? roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
            : [];

    private GraphException Failed(GraphErrorKind kind, HttpStatusCode status = 0, Exception? inner = null)
    {
        Log.GraphLookupFailed(logger, kind, (int)status);
        return new GraphException(kind, status, inner);
    }
}
