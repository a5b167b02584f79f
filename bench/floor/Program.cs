// The floor of the inbound benchmark: the least a bot can do for a message and still answer it. One minimal-API
// endpoint parses the activity, takes the reply BreedBot sends for 'help' (the file FLOOR_REPLY, captured from the
// wire by the harness), addresses it to this activity's conversation and posts it to the activity's serviceUrl (the
// harness's connector stand-in) before answering 200. No authentication, no storage, no routing, no logging: what
// BreedBot spends per turn beyond this is what its own work costs.
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var reply = JsonNode.Parse(File.ReadAllText(Environment.GetEnvironmentVariable("FLOOR_REPLY") ?? throw new InvalidOperationException("FLOOR_REPLY is not set")))!.AsObject();
using var connector = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 1024 });

app.MapPost("/api/messages", async (HttpRequest request, CancellationToken ct) =>
{
    using var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
    var root = activity.RootElement;
    var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
    var conversation = root.GetProperty("conversation");
    var id = root.GetProperty("id").GetString()!;
    var answer = reply.DeepClone().AsObject();
    answer["conversation"] = JsonNode.Parse(conversation.GetRawText());
    answer["from"] = JsonNode.Parse(root.GetProperty("recipient").GetRawText());
    answer["recipient"] = JsonNode.Parse(root.GetProperty("from").GetRawText());
    answer["replyToId"] = id;
    var url = new Uri($"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversation.GetProperty("id").GetString()!)}/activities/{Uri.EscapeDataString(id)}");
    using var content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json");
    using var sent = await connector.PostAsync(url, content, ct);
    return sent.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode((int)HttpStatusCode.BadGateway);
});

app.Run();
