using System.Text.Json.Nodes;

namespace BreedBot.Testing;

/// <summary>An answer the <see cref="ConnectorStandIn"/> gives instead of its default.</summary>
public sealed record ScriptedResponse(int StatusCode, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static ScriptedResponse Error(int statusCode, string code) =>
        new(statusCode, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = "stand-in " + code } }.ToJsonString());

    public static ScriptedResponse Throttled(string retryAfter) =>
        new(429, """{"error":{"code":"Throttled","message":"Too many requests"}}""", new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public static ScriptedResponse BlockedByUser() => Error(403, "ConversationBlockedByUser");

    public static ScriptedResponse BotNotInConversation() => Error(403, "BotNotInConversationRoster");

    public static ScriptedResponse DisabledByAdmin() => Error(403, "BotDisabledByAdmin");

    public static ScriptedResponse ConversationNotFound() => Error(404, "ConversationNotFound");

    public static ScriptedResponse PreconditionFailed() => Error(412, "PreconditionFailed");

    public static ScriptedResponse TooBig() => Error(413, "MessageSizeTooBig");

    public static ScriptedResponse Unavailable() => new(503, "Service Unavailable");

    /// <summary>No answer at all until the caller gives up: the request hangs, as a stuck connection does.</summary>
    public static ScriptedResponse Hang() => new(0) { Hangs = true };

    /// <summary>
    /// The stand-in's usual answer, but only after <paramref name="delay"/> on <paramref name="clock"/> — a Teams
    /// that is slow, not down. With a FakeTimeProvider the answer comes when the test advances the clock.
    /// </summary>
    public static ScriptedResponse Slow(TimeSpan delay, TimeProvider clock) => new(0) { Delay = delay, Clock = clock, AsDefault = true };

    public bool Hangs { get; init; }

    /// <summary>How long the stand-in waits (on <see cref="Clock"/>) before it answers.</summary>
    public TimeSpan Delay { get; init; }

    public TimeProvider? Clock { get; init; }

    /// <summary>Answer with what the stand-in would answer anyway (after <see cref="Delay"/>).</summary>
    public bool AsDefault { get; init; }
}
