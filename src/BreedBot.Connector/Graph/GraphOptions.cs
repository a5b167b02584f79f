namespace BreedBot.Connector.Graph;

/// <summary>
/// Microsoft Graph, asked who owns a team (section <c>Graph</c>). The base URL is configuration so that tests point it
/// at a local stand-in; a loopback URL gets no token, as a loopback service URL gets none.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0/";

    /// <summary>Graph's v1.0 root; https, or http on a loopback host.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>How long one look-up (every page, and a Retry-After wait) may take; never longer than the turn has left.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The token audience for the base URL's host: <c>https://graph.microsoft.com/.default</c> for the public cloud.</summary>
    public string Scope => new Uri(BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";
}
