using System.Net;

namespace BreedBot.Connector;

/// <summary>
/// Which connector base URLs the bot may talk to: https on an allow-listed host (<c>*.</c> matches any
/// subdomain), or a loopback host (the Agents Playground, a test's stand-in) — but a loopback host only in the
/// Development environment or when the allow-list names it (<c>localhost</c>, <c>127.0.0.1</c>). In production
/// the allow-list is the whole truth. A loopback host never receives a token.
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly string[] _exactHosts;
    private readonly string[] _wildcardSuffixes;
    private readonly bool _anyLoopback;

    /// <param name="allowAnyLoopback">True only in the Development environment: every loopback host is accepted.</param>
    public ServiceUrlPolicy(IEnumerable<string> allowedHosts, bool allowAnyLoopback = false)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        var hosts = allowedHosts.Select(host => host.Trim().ToLowerInvariant()).Where(IsValidHostPattern).ToList();
        _exactHosts = hosts.Where(host => !host.StartsWith("*.", StringComparison.Ordinal)).ToArray();
        _wildcardSuffixes = hosts.Where(host => host.StartsWith("*.", StringComparison.Ordinal)).Select(host => host[1..]).ToArray();
        _anyLoopback = allowAnyLoopback;
    }

    public bool IsAllowed(Uri serviceUrl) => IsAllowedLoopback(serviceUrl) || IsAllowedRemote(serviceUrl);

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    /// <summary>An absolute http(s) URL on a loopback host.</summary>
    public static bool IsLoopback(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return IsHttpScheme(serviceUrl) && string.IsNullOrEmpty(serviceUrl.UserInfo) && LoopbackHost.Is(serviceUrl);
    }

    /// <summary>A loopback URL this policy accepts: any in Development, else only a host the allow-list names.</summary>
    public bool IsAllowedLoopback(Uri serviceUrl) =>
        IsLoopback(serviceUrl) && (_anyLoopback || _exactHosts.Contains(HostOf(serviceUrl), StringComparer.Ordinal));

    /// <summary>An https URL on an allow-listed, non-loopback host: the only kind that gets the bot's token.</summary>
    public bool IsAllowedRemote(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || serviceUrl.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(serviceUrl.UserInfo) || LoopbackHost.Is(serviceUrl))
        {
            return false;
        }

        var host = HostOf(serviceUrl);
        return _exactHosts.Contains(host, StringComparer.Ordinal)
            || _wildcardSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }

    /// <summary>A host name, optionally <c>*.domain.tld</c>; an IP address only when it is a loopback address (e.g. 127.0.0.1).</summary>
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

        return Uri.CheckHostName(host) switch
        {
            UriHostNameType.Dns => true,
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => !pattern.Contains('*', StringComparison.Ordinal)
                && IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address),
            _ => false,
        };
    }

    // The host as an allow-list entry spells it: lower case, IPv6 without brackets.
    private static string HostOf(Uri uri) => uri.IdnHost.Trim('[', ']').ToLowerInvariant();

    private static bool IsHttpScheme(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
