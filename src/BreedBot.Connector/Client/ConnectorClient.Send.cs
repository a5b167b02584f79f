using System.Net.Http.Headers;
using System.Text.Json;
using BreedBot.Connector.Schema;

namespace BreedBot.Connector.Client;

public sealed partial class ConnectorClient
{
    private const int MaxErrorBodyChars = 16 * 1024;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private async Task<T> SendForResultAsync<T>(string operation, HttpMethod method, Uri serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : class, new()
    {
        var text = await SendCoreAsync(operation, method, serviceUrl, path, body, cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, ActivityJson.Options) ?? new T();
        }
        catch (JsonException exception)
        {
            Log.UnreadableResponse(logger, operation);
            throw new ConnectorException($"Connector {operation} returned a body that is not the expected JSON.", exception);
        }
    }

    private async Task<string> SendCoreAsync(string operation, HttpMethod method, Uri serviceUrl, string path, object? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!policy.IsAllowed(serviceUrl))
        {
            Log.ServiceUrlRefused(logger, operation);
            throw ConnectorException.NotAllowed(operation);
        }

        using var request = new HttpRequestMessage(method, Combine(serviceUrl, path));
        request.Options.Set(ConnectorRequestOptions.Operation, operation);
        // A constant: no header object to build and format on every send.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (body is not null)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ActivityJson.Options);
            request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = JsonContentType } };
        }

        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            Log.CallSucceeded(logger, operation, (int)response.StatusCode);
            return text;
        }

        var code = ConnectorErrorBody.ReadCode(text.Length > MaxErrorBodyChars ? null : text);
        var kind = ConnectorErrorClassifier.Classify(response.StatusCode, code);
        var retryAfter = RetryAfterHeader.Read(response.Headers, time.GetUtcNow());
        Log.CallFailed(logger, operation, (int)response.StatusCode, kind, code);
        throw new ConnectorException(operation, response.StatusCode, kind, code, retryAfter);
    }

    // Keeps the service URL's own path (e.g. /amer/) whether or not it ends in a slash.
    private static Uri Combine(Uri serviceUrl, string path)
    {
        var root = serviceUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(root + "/" + path, UriKind.Absolute);
    }
}
