namespace BreedBot.Connector.Graph;

/// <summary>Why Graph could not say who is in a team.</summary>
public enum GraphErrorKind
{
    /// <summary>403: the app may not read this team's members — the resource-specific consent was not granted.</summary>
    ConsentMissing,

    /// <summary>429 with a Retry-After longer than the look-up had left.</summary>
    Throttled,

    /// <summary>No answer within the look-up's time.</summary>
    TimedOut,

    /// <summary>The bot has no identity to ask Graph with (a local development run without an app id).</summary>
    NoIdentity,

    /// <summary>Anything else: 401, 404, 5xx, an unreadable page, a next page on another host, no token.</summary>
    Unavailable,
}
