using System.Net.Http.Json;
using System.Text.Json;

namespace BreedBot.Testing;

/// <summary>
/// Drives the Agents Playground the way its web UI does, without a browser: the user's actions go
/// to its HTTP API, the bot's messages come back on its WebSocket. Request shapes are those its
/// validators accept (version 0.2.28); each method notes its route.
/// </summary>
public sealed partial class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private PlaygroundTestConfig? _config;

    public PlaygroundClient(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _stream = new UriBuilder(new Uri(baseAddress, "_ws_conversation/v1/conversations/stream")) { Scheme = "ws" }.Uri;
    }

    /// <summary>GET /_internal/v1/testConfig: the mock tenant, user, chats and teams (fetched once).</summary>
    public async Task<PlaygroundTestConfig> GetTestConfigAsync(CancellationToken cancellationToken = default)
    {
        if (_config is null)
        {
            using var document = await GetJsonAsync("_internal/v1/testConfig", cancellationToken).ConfigureAwait(false);
            _config = document.RootElement.GetProperty("config").Deserialize<PlaygroundTestConfig>(JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException("The Playground's testConfig has no config.");
        }

        return _config;
    }

    /// <summary>
    /// POST /_debug/conversation/{id}/installation, body {}: installs the bot in a chat or team
    /// ("team-id"); the bot receives installationUpdate "add" and conversationUpdate membersAdded.
    /// </summary>
    public Task InstallAsync(string conversationId, CancellationToken cancellationToken = default) =>
        PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new { }, cancellationToken);

    /// <summary>
    /// POST /_conversation/v1/conversations/{id}/messages, body {from:{id}, text, textFormat:"plain",
    /// mentions?:[{mentioned:{id}, text}]}: the current user writes in a chat or channel. In a channel
    /// the bot only hears messages that @mention it (<paramref name="mentionBot"/>). Returns the
    /// Playground's id of the user's message (response {messageId, timestamp}).
    /// </summary>
    public async Task<string> SendMessageAsync(string conversationId, string text, bool mentionBot = false, CancellationToken cancellationToken = default)
    {
        var config = await GetTestConfigAsync(cancellationToken).ConfigureAwait(false);
        object body;
        if (mentionBot)
        {
            var mention = $"<at>{config.Bot.Name}</at>";
            body = new
            {
                from = new { id = config.CurrentUser.Id },
                text = $"{mention} {text}",
                textFormat = "plain",
                mentions = new[] { new { mentioned = new { id = config.Bot.Id }, text = mention } },
            };
        }
        else
        {
            body = new { from = new { id = config.CurrentUser.Id }, text, textFormat = "plain" };
        }

        using var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return document.RootElement.GetProperty("messageId").GetString() ?? "";
    }

    /// <summary>
    /// POST /_conversation/v1/submit, body {conversation:{id}, from:{id}, replyToId, value}: an
    /// Action.Submit click on the card message <paramref name="cardMessageId"/>; the bot receives a
    /// message activity with that value and replyToId. The response is empty.
    /// </summary>
    public async Task SubmitAsync(string conversationId, string cardMessageId, object value, CancellationToken cancellationToken = default)
    {
        var config = await GetTestConfigAsync(cancellationToken).ConfigureAwait(false);
        using var response = await PostAsync("_conversation/v1/submit", new
        {
            conversation = new { id = conversationId },
            from = new { id = config.CurrentUser.Id },
            replyToId = cardMessageId,
            value,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// POST /_conversation/v1/invoke, body {name:"adaptiveCard/action", value, from:{id},
    /// conversation:{id}, replyToId}: an Action.Execute click. The value is passed to the bot as is;
    /// this sends Teams' shape {action:{type:"Action.Execute", verb, data}}. Returns the bot's invoke
    /// response as the Playground passes it on: {type, value} (it drops statusCode); a card in value
    /// replaces the card in place (no WebSocket frame announces that).
    /// </summary>
    public async Task<JsonElement> ExecuteActionAsync(string conversationId, string cardMessageId, string verb, object? data, CancellationToken cancellationToken = default)
    {
        var config = await GetTestConfigAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteActionAsUserAsync(config.CurrentUser.Id, conversationId, cardMessageId, verb, data, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The same click made by another user of the mock tenant (e.g. "user-id-1"): the Playground
    /// looks the sender up by <paramref name="userId"/> and sends the bot that user's id, name and
    /// aadObjectId. The card must be one this client has seen: the Playground streams only the
    /// current user's chats, so another user's own 1:1 chat and its messages are out of reach.
    /// </summary>
    public async Task<JsonElement> ExecuteActionAsUserAsync(string userId, string conversationId, string cardMessageId, string verb, object? data, CancellationToken cancellationToken = default)
    {
        using var response = await PostAsync("_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = "Action.Execute", verb, data } },
            from = new { id = userId },
            conversation = new { id = conversationId },
            replyToId = cardMessageId,
        }, cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return document.RootElement.Clone();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsJsonAsync(path, body, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            response.Dispose();
            throw new HttpRequestException($"Playground POST /{path} answered {(int)response.StatusCode}: {detail}", null, response.StatusCode);
        }

        return response;
    }

    private async Task<JsonDocument> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
