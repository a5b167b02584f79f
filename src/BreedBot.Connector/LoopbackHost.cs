using System.Net;

namespace BreedBot.Connector;

/// <summary>Loopback hosts are the local test issuer, the connector stand-in and the Agents Playground.</summary>
internal static class LoopbackHost
{
    public static bool Is(Uri uri)
    {
        if (uri.IsLoopback)
        {
            return true;
        }

        return IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address);
    }

    public static bool IsHttpsOrLoopbackHttp(Uri uri) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && Is(uri)));
}
