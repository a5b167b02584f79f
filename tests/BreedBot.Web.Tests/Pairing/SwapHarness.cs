using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>A team of four paired into two duos, and the two steps of "wissel": the typed question, then its buttons.</summary>
internal sealed class SwapHarness(BotHost host)
{
    public static readonly (string Id, string Name, string Aad, string Role)[] People =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
        ("29:1cas", "Cas Smit", "aad-cas", "user"),
    ];

    public static (string Id, string Name, string Aad, string Role) Alex => People[0];

    public BotHost Host => host;

    /// <summary>A host of its own with the two duos paired (<see cref="ReminderHarness.StartAsync"/>); disposing its host stops it.</summary>
    public static async Task<SwapHarness> StartAsync(string storageConnectionString) =>
        new((await ReminderHarness.StartAsync(storageConnectionString, People)).Host);

    public Task SetUpAsync() => new ReminderHarness(host, People).SetUpDuoAsync();

    /// <summary>What a typed "wissel" got back: each reply's text, or its card as JSON.</summary>
    public async Task<List<RecordedRequest>> TypeAsync(string id, string text = "wissel", string locale = "nl-NL", (string Id, string Name, string Aad, string Role)? who = null)
    {
        var (userId, aad) = who is { } w ? (w.Id, w.Aad) : (Alex.Id, Alex.Aad);
        var message = TestActivities.PersonalMessageFrom(host.ServiceUrl, text, id, userId, aad, "Europe/Amsterdam");
        message["locale"] = locale;
        var before = host.Connector.Requests.Count;
        await host.PostAsync(message);
        await host.Connector.WaitForRequestAsync(r => r.Sequence > before && r.Path.EndsWith("/activities/" + id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return [.. host.Connector.Requests.Skip(before).Where(r => r.Path.EndsWith("/activities/" + id, StringComparison.Ordinal))];
    }

    /// <summary>The Action.Execute data of a question card's button ("Ja, wissel" first, "Nee, toch niet" second).</summary>
    public static JsonObject ButtonData(RecordedRequest question, int index = 0) =>
        question.Json!["attachments"]![0]!["content"]!["actions"]![index]!["data"]!.AsObject();

    /// <summary>A press on the question's button as <paramref name="who"/>, with the card's data; the answer's body as readable JSON.</summary>
    public async Task<string> PressAsync(JsonObject data, (string Id, string Name, string Aad, string Role)? who = null, string locale = "nl-NL")
    {
        var response = await host.PostAsync(Press(data, who, locale));
        return await ReminderHarness.ReadableAsync(response);
    }

    public JsonObject Press(JsonObject data, (string Id, string Name, string Aad, string Role)? who = null, string locale = "nl-NL")
    {
        var (userId, aad) = who is { } w ? (w.Id, w.Aad) : (Alex.Id, Alex.Aad);
        var activity = TestActivities.CardAction(host.ServiceUrl, data["verb"]!.GetValue<string>(), locale);
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aad };
        activity["value"]!["action"]!["data"] = data.DeepClone();
        return activity;
    }

    /// <summary>The team's duo rows as stored (members of each, and the state row's rotation and who swapped), to show nothing changed.</summary>
    public async Task<string> DuosAsync() =>
        string.Join(';', (await host.RowsAsync(StorageTables.DuosName)).OrderBy(r => r.RowKey, StringComparer.Ordinal)
            .Select(r => r.RowKey + "=" + (r.GetString("Members") ?? r.GetInt32("Rotation") + "/" + r.GetString("SwappedBy"))));

    public async Task<string[]> PartnersOfAsync(string aad)
    {
        var state = (await host.RowsAsync(StorageTables.DuosName)).Single(r => r.RowKey == "state").GetInt32("Rotation");
        var rows = (await host.RowsAsync(StorageTables.DuosName)).Where(r => r.RowKey != "state" && r.GetInt32("Rotation") == state);
        return [.. rows.Select(r => r.GetString("Members")!.Split(',')).Single(m => m.Contains(aad)).Where(m => m != aad).Order()];
    }
}
