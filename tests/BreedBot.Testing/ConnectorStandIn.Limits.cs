using System.Globalization;
using System.Text.Json.Nodes;

namespace BreedBot.Testing;

/// <summary>
/// The stand-in's rate-enforcing mode and scripted failures: Teams' per-tenant and per-conversation limits
/// on a clock the test controls (429 with Retry-After when exceeded), 429 storms, blocked and vanished
/// conversations, and a record of every answer and every accepted send.
/// </summary>
public sealed partial class ConnectorStandIn
{
    private const string DefaultTenant = "(unknown tenant)";
    private readonly Dictionary<string, SlidingWindow> _tenantWindows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindow> _conversationWindows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _conversationTenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScriptedResponse> _conversationFailures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScriptedResponse> _userFailures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _conversationUsers = new(StringComparer.Ordinal);
    private readonly List<AnsweredRequest> _answered = [];
    private readonly List<AcceptedSend> _accepted = [];
    private TimeProvider _clock = TimeProvider.System;
    private ConnectorRateLimits? _limits;
    private int _stormLeft;
    private string _stormRetryAfter = "1";

    /// <summary>Every activity accepted for a conversation, in order.</summary>
    public IReadOnlyList<AcceptedSend> Accepted
    {
        get
        {
            lock (_gate)
            {
                return _accepted.ToList();
            }
        }
    }

    /// <summary>Every answered request with its time and status, in order.</summary>
    public IReadOnlyList<AnsweredRequest> Answered
    {
        get
        {
            lock (_gate)
            {
                return _answered.ToList();
            }
        }
    }

    /// <summary>How many requests were answered 429 (by the limits or a storm).</summary>
    public int ThrottledCount
    {
        get
        {
            lock (_gate)
            {
                return _answered.Count(answer => answer.StatusCode == 429);
            }
        }
    }

    /// <summary>
    /// From now on, holds every tenant to <see cref="ConnectorRateLimits.TenantPerSecond"/> requests and every
    /// conversation to <see cref="ConnectorRateLimits.ConversationPerSecond"/> sends in any second on
    /// <paramref name="clock"/>; more get 429 with Retry-After (whole seconds until one fits).
    /// Refused requests do not count against the limits.
    /// </summary>
    public void EnforceRates(TimeProvider clock, ConnectorRateLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        lock (_gate)
        {
            _clock = clock;
            _limits = limits ?? ConnectorRateLimits.Teams;
        }
    }

    /// <summary>The clock answers are stamped with, without enforcing rates.</summary>
    public void UseClock(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        lock (_gate)
        {
            _clock = clock;
        }
    }

    /// <summary>The next <paramref name="requests"/> sends (activities and new conversations) get 429 with this Retry-After.</summary>
    public void Storm(int requests, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _stormLeft = requests;
            _stormRetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The user blocked the bot: creating a chat with them, or sending to it, gets 403 ConversationBlockedByUser.</summary>
    public void BlockUser(string userId) => FailUser(userId, ScriptedResponse.BlockedByUser());

    /// <summary>Every send to the conversation gets 404 ConversationNotFound.</summary>
    public void LoseConversation(string conversationId)
    {
        lock (_gate)
        {
            _conversationFailures[conversationId] = ScriptedResponse.ConversationNotFound();
        }
    }

    /// <summary>Counts sends to <paramref name="conversationId"/> (e.g. a team channel, which the stand-in did not create) against <paramref name="tenantId"/>.</summary>
    public void SetTenant(string conversationId, string tenantId)
    {
        lock (_gate)
        {
            _conversationTenants[conversationId] = tenantId;
        }
    }

    private void FailUser(string userId, ScriptedResponse response)
    {
        lock (_gate)
        {
            _userFailures[userId] = response;
            // A chat created before the block is blocked too.
            foreach (var (conversationId, user) in _conversationUsers.Where(c => c.Value == userId).ToList())
            {
                _conversationFailures[conversationId] = response;
            }
        }
    }

    // Called under _gate, before the default answer.
    private ScriptedResponse? Enforce(RecordedRequest request, string[] route)
    {
        var (isSend, conversationId) = route switch
        {
            ["conversations"] when request.Method == "POST" => (true, null),
            ["conversations", var id, "activities", ..] when request.Method == "POST" => (true, id),
            ["conversations", var id, ..] => (false, id),
            _ => (false, (string?)null),
        };

        if (FailureFor(request, conversationId) is { } failure)
        {
            return failure;
        }

        if (isSend && _stormLeft > 0)
        {
            _stormLeft--;
            return ScriptedResponse.Throttled(_stormRetryAfter);
        }

        if (_limits is null)
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        var tenant = Window(_tenantWindows, TenantOf(request, conversationId));
        var wait = tenant.WaitAt(now, _limits.TenantPerSecond);
        var conversation = isSend && conversationId is not null ? Window(_conversationWindows, conversationId) : null;
        if (conversation?.WaitAt(now, _limits.ConversationPerSecond) is { } conversationWait && conversationWait > wait)
        {
            wait = conversationWait;
        }

        if (wait > TimeSpan.Zero)
        {
            return ScriptedResponse.Throttled(((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        }

        tenant.Take(now);
        conversation?.Take(now);
        return null;
    }

    private ScriptedResponse? FailureFor(RecordedRequest request, string? conversationId)
    {
        if (conversationId is not null)
        {
            return _conversationFailures.GetValueOrDefault(conversationId);
        }

        var member = request.Json?["members"]?[0]?["id"]?.GetValue<string>();
        return member is not null ? _userFailures.GetValueOrDefault(member) : null;
    }

    // Called under _gate with the answer about to be written.
    private void Note(RecordedRequest request, string[] route, ScriptedResponse response)
    {
        var now = _clock.GetUtcNow();
        _answered.Add(new AnsweredRequest(request, now, response.StatusCode));
        if (response.StatusCode is < 200 or > 299 || request.Method != "POST")
        {
            return;
        }

        var answer = response.Body is null ? null : JsonNode.Parse(response.Body);
        switch (route)
        {
            case ["conversations"]:
                var created = answer?["id"]?.GetValue<string>();
                if (created is not null)
                {
                    _conversationTenants[created] = TenantOf(request, null);
                    var user = request.Json?["members"]?[0]?["id"]?.GetValue<string>();
                    if (user is not null)
                    {
                        _conversationUsers[created] = user;
                    }

                    if (user is not null && _userFailures.TryGetValue(user, out var failure))
                    {
                        _conversationFailures[created] = failure;
                    }
                }

                break;
            case ["conversations", var conversationId, "activities", ..]:
                _accepted.Add(new AcceptedSend(now, TenantOf(request, conversationId), conversationId, answer?["id"]?.GetValue<string>() ?? "", request));
                break;
        }
    }

    private string TenantOf(RecordedRequest request, string? conversationId)
    {
        if (conversationId is not null && _conversationTenants.TryGetValue(conversationId, out var known))
        {
            return known;
        }

        var body = request.Json;
        return body?["tenantId"]?.GetValue<string>()
            ?? body?["conversation"]?["tenantId"]?.GetValue<string>()
            ?? body?["channelData"]?["tenant"]?["id"]?.GetValue<string>()
            ?? DefaultTenant;
    }

    private static SlidingWindow Window(Dictionary<string, SlidingWindow> windows, string key)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            window = new SlidingWindow();
            windows[key] = window;
        }

        return window;
    }

    private static string[] RouteOf(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        var v3 = Array.IndexOf(segments, "v3");
        return v3 < 0 ? [] : segments[(v3 + 1)..];
    }
}
