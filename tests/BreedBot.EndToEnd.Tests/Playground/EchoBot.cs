using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BreedBot.EndToEnd.Tests.Playground;

/// <summary>
/// A bot of a few lines that needs nothing of BreedBot, to prove the Playground fixtures on their
/// own: it answers a message with "echo: text" (or "submitted: verb" for a card submit), greets an
/// installation with a card, and answers Action.Execute with a replacement card.
/// </summary>
public sealed class EchoBot : IAsyncDisposable
{
    public const string GreetingTitle = "Hallo team";
    public const string UpdatedTitle = "Bijgewerkt";

    private readonly WebApplication _app;
    private readonly HttpClient _connector = new() { Timeout = TimeSpan.FromSeconds(10) };

    private EchoBot(WebApplication app) => _app = app;

    /// <summary>Activity types in the order the bot received them.</summary>
    public ConcurrentQueue<string> ReceivedTypes { get; } = new();

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<EchoBot> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var bot = new EchoBot(builder.Build());
        bot._app.MapPost("/api/messages", bot.HandleAsync);
        await bot._app.StartAsync().ConfigureAwait(false);
        var address = bot._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bot.Endpoint = new Uri(new Uri(address), "api/messages");
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _connector.Dispose();
    }

    private static JsonObject Card(string title) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title }),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Ok", ["data"] = new JsonObject { ["verb"] = "echo.ok" } }),
    };

    private static JsonObject CardAttachment(string title) =>
        new() { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = Card(title) };

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var activity = await request.ReadFromJsonAsync<JsonObject>().ConfigureAwait(false) ?? [];
        var type = (string?)activity["type"] ?? "";
        ReceivedTypes.Enqueue(type);
        switch (type)
        {
            case "message" when activity["value"] is JsonObject value:
                await ReplyAsync(activity, new JsonObject { ["text"] = $"submitted: {(string?)value["verb"]}" }).ConfigureAwait(false);
                return Results.Ok();
            case "message":
                await ReplyAsync(activity, new JsonObject { ["text"] = $"echo: {(string?)activity["text"]}" }).ConfigureAwait(false);
                return Results.Ok();
            case "installationUpdate":
                await ReplyAsync(activity, new JsonObject { ["attachments"] = new JsonArray(CardAttachment(GreetingTitle)) }).ConfigureAwait(false);
                return Results.Ok();
            case "invoke":
                return Results.Json(new JsonObject
                {
                    ["statusCode"] = 200,
                    ["type"] = "application/vnd.microsoft.card.adaptive",
                    ["value"] = Card(UpdatedTitle),
                });
            default:
                return Results.Ok();
        }
    }

    // Posts into the activity's conversation through the connector named by its serviceUrl, as a real bot does.
    private async Task ReplyAsync(JsonObject activity, JsonObject reply)
    {
        reply["type"] = "message";
        reply["from"] = activity["recipient"]?.DeepClone();
        reply["recipient"] = activity["from"]?.DeepClone();
        reply["conversation"] = activity["conversation"]?.DeepClone();
        var serviceUrl = ((string?)activity["serviceUrl"])!.TrimEnd('/');
        var conversationId = Uri.EscapeDataString((string?)activity["conversation"]?["id"] ?? "");
        using var response = await _connector.PostAsJsonAsync(
            new Uri($"{serviceUrl}/v3/conversations/{conversationId}/activities"), reply, JsonSerializerOptions.Web).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}
