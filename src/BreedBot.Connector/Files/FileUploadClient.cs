using System.Globalization;
using System.Net.Http.Headers;
using BreedBot.Connector.Client;

namespace BreedBot.Connector.Files;

/// <summary>
/// Puts a file the person accepted into the place Teams made for it: one PUT of the whole file to the upload URL, with
/// its length and its byte range. The URL is pre-authorised and carries its own credential, so this client sends no
/// token, follows no redirect, and is registered without HttpClient's request logging: the URL never reaches a log.
/// </summary>
public sealed class FileUploadClient(HttpClient httpClient, UploadUrlPolicy policy)
{
    /// <summary>Marks the upload request so tracing leaves it out: its URL carries a credential.</summary>
    public static readonly HttpRequestOptionsKey<bool> Untraced = new("BreedBot.Untraced");

    public async Task UploadAsync(string uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (!policy.IsAllowed(uploadUrl))
        {
            throw new FileUploadException("The upload URL is not one Teams gives out.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(uploadUrl)) { Content = new ReadOnlyMemoryContent(content) };
        request.Options.Set(Untraced, true);
        request.Options.Set(ConnectorRequestOptions.Operation, "upload");
        request.Content.Headers.ContentLength = content.Length;
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(content.Length - 1, 0), content.Length);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or ConnectorException)
        {
            throw new FileUploadException("The upload got no answer in time.", e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new FileUploadException(string.Create(CultureInfo.InvariantCulture, $"The upload was refused with {status}.")) { StatusCode = status };
            }
        }
    }
}
