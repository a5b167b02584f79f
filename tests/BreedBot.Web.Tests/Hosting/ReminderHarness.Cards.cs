using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>What the duo's cards say and carry, read from the requests the connector stand-in recorded.</summary>
internal sealed partial class ReminderHarness
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public List<RecordedRequest> Reminders() =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == ReminderSummary)];

    public List<RecordedRequest> CardUpdates() => [.. host.Connector.Requests.Where(r => r.Method == "PUT")];

    public List<string> Texts(string startsWith) =>
        [.. host.Connector.Requests.Select(r => r.Json?["text"]?.GetValue<string>()).OfType<string>().Where(t => t.StartsWith(startsWith, StringComparison.Ordinal))];

    /// <summary>The cards sent whose text contains <paramref name="text"/> (the nudge is a notice card).</summary>
    public List<string> CardsContaining(string text) =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["attachments"] is JsonArray).Select(CardText).Where(card => card.Contains(text, StringComparison.Ordinal))];

    public JsonObject ReminderData() => DataOf(Reminders()[0]);

    /// <summary>The value of the card's input with this id, wherever it stands in the card; null when there is none.</summary>
    public static string? InputValue(JsonNode node, string id) => node switch
    {
        JsonObject obj when obj["id"]?.GetValue<string>() == id => obj["value"]?.GetValue<string>(),
        JsonObject obj => obj.Select(p => p.Value is null ? null : InputValue(p.Value, id)).FirstOrDefault(v => v is not null),
        JsonArray array => array.Select(item => item is null ? null : InputValue(item, id)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    /// <summary>The card a request carries, as JSON text with its characters unescaped.</summary>
    public static string CardText(RecordedRequest request) =>
        request.Json!["attachments"]![0]!["content"]!.ToJsonString(Readable);

    /// <summary>What a reminder card's answer carries: team, week, duo key and the duo's member keys.</summary>
    public static JsonObject DataOf(RecordedRequest reminder)
    {
        var card = reminder.Json!["attachments"]![0]!["content"]!;
        var data = card["actions"]!.AsArray().First(a => a!["type"]!.GetValue<string>() == "Action.ShowCard")!["card"]!["actions"]![0]!["data"]!.AsObject();
        return new JsonObject
        {
            ["team"] = data["team"]!.GetValue<string>(),
            ["week"] = data["week"]!.GetValue<string>(),
            ["duo"] = data["duo"]!.GetValue<string>(),
            ["members"] = data["members"]!.GetValue<string>(),
        };
    }

    /// <summary>The data the card's <paramref name="verb"/> button carries besides its verb: team, week, duo and member keys.</summary>
    public static JsonObject ButtonData(JsonObject card, string verb)
    {
        var data = ReflectionHarness.Action(card, verb)["data"]!.DeepClone().AsObject();
        data.Remove("verb");
        return data;
    }

    /// <summary>The invoke answer's body as JSON text with its characters unescaped.</summary>
    public static async Task<string> ReadableAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body.ToJsonString(Readable);
    }
}
