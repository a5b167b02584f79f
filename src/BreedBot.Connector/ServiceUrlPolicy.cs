namespace BreedBot.Connector;

/// <summary>
/// Which connector base URLs the bot may talk to: https on an allow-listed host (<c>*.</c> matches any
/// subdomain), or any loopback host (which never receives a token).
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly string[] _exactHosts;
    private readonly string[] _wildcardSuffixes;

    public ServiceUrlPolicy(IEnumerable<string> allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        var hosts = allowedHosts.Select(host => host.Trim().ToLowerInvariant()).Where(IsValidHostPattern).ToList();
        _exactHosts = hosts.Where(host => !host.StartsWith("*.", StringComparison.Ordinal)).ToArray();
        _wildcardSuffixes = hosts.Where(host => host.StartsWith("*.", StringComparison.Ordinal)).Select(host => host[1..]).ToArray();
    }

    public bool IsAllowed(Uri serviceUrl) => IsLoopback(serviceUrl) || IsAllowedRemote(serviceUrl);

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    /// <summary>An absolute http(s) URL on a loopback host.</summary>
    public static bool IsLoopback(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return IsHttpScheme(serviceUrl) && string.IsNullOrEmpty(serviceUrl.UserInfo) && LoopbackHost.Is(serviceUrl);
    }

    /// <summary>An https URL on an allow-listed, non-loopback host: the only kind that gets the bot's token.</summary>
    public bool IsAllowedRemote(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || serviceUrl.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(serviceUrl.UserInfo) || LoopbackHost.Is(serviceUrl))
        {
            return false;
        }

        var host = serviceUrl.IdnHost.ToLowerInvariant();
        return _exactHosts.Contains(host, StringComparer.Ordinal)
            || _wildcardSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }

    internal static bool IsValidHostPattern(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return false;
        }

        var host = pattern.Trim();
        if (host.StartsWith("*.", StringComparison.Ordinal))
        {
            host = host[2..];
            if (!host.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return Uri.CheckHostName(host) == UriHostNameType.Dns;
    }

    private static bool IsHttpScheme(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
