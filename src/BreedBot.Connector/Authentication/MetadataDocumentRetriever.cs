using Microsoft.IdentityModel.Protocols;

namespace BreedBot.Connector.Authentication;

/// <summary>
/// Fetches the metadata and the key set over https, or over http only from a loopback host (the test
/// issuer). The check runs per address, so a metadata document cannot point the key set at plain http elsewhere.
/// </summary>
internal sealed class MetadataDocumentRetriever(HttpClient httpClient) : IDocumentRetriever
{
    private readonly HttpDocumentRetriever _inner = new(httpClient) { RequireHttps = false };

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !LoopbackHost.IsHttpsOrLoopbackHttp(uri))
        {
            throw new MetadataUnavailableException("A metadata address must be https, or http on a loopback host.");
        }

        return _inner.GetDocumentAsync(address, cancel);
    }
}
