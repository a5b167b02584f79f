using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// A team with Alex (owner) and Ana paired as a duo, and helpers to walk a reflection through
/// /api/messages the way Teams would: the command, then Action.Execute invokes with the card's data.
/// </summary>
internal sealed class ReflectionHarness(BotHost host)
{
    public const string AnaId = "29:1ana";
    public const string AnaAad = "aad-ana";

    public static readonly IReadOnlyDictionary<int, JsonObject> ValidAnswers = new Dictionary<int, JsonObject>
    {
        [1] = new() { ["label"] = "casus A", ["form"] = "ChildAbuse", ["children"] = "Yes" },
        [2] = new() { ["sources"] = "Angst,Zorgen", ["strength"] = "4", ["trigger"] = "De vader werd boos bij het vorige gesprek" },
        [3] = new() { ["effects"] = "Postpone" },
        [4] = new() { ["goals"] = "ChildSafety" },
        [5] = new() { ["helps"] = "KennisEnVaardigheden", ["hinders"] = "GeenTijdVoorReflectie" },
        [6] = new() { ["stage"] = "Consultation", ["acute"] = "No", ["structural"] = "No" },
        [7] = new() { ["stepWhat"] = "Advies vragen bij Veilig Thuis", ["stepWith"] = "VeiligThuis", ["stepBy"] = "2027-02-22" },
        [8] = new() { ["share"] = "Share" },
    };

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private int messages;

    /// <summary>Alex and Ana (plus <paramref name="others"/>: id, name, aad) join the team, and the owner pairs the duos.</summary>
    public async Task SetUpDuoAsync(params (string Id, string Name, string Aad)[] others)
    {
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember(AnaId, "Ana Jansen", AnaAad, UserRole: "user"),
            .. others.Select(o => new StandInMember(o.Id, o.Name, o.Aad, UserRole: "user")),
        ]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await JoinAsync(TestActivities.UserId, TestActivities.UserAad);
        await JoinAsync(AnaId, AnaAad);
        foreach (var other in others)
        {
            await JoinAsync(other.Id, other.Aad);
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
    }

    /// <summary>The conversation ids of the personal chats BreedBot knows, by user key.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ChatsAsync() =>
        (await host.RowsAsync(StorageTables.UserConversationsName)).ToDictionary(r => r.GetString("UserKey"), r => r.GetString("ConversationId"));

    /// <summary>Every shared-reflection card BreedBot sent, with the conversation it went to.</summary>
    public IReadOnlyList<RecordedRequest> SharedCards() =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duopartner deelt een reflectie")];

    /// <summary>Sends a message in Alex's chat and returns the card BreedBot replied with.</summary>
    public async Task<JsonObject> SayAsync(string text, string locale = "nl-NL")
    {
        var id = $"refl-msg-{++messages}";
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, text, locale, id));
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/" + id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return reply.Json!["attachments"]![0]!["content"]!.AsObject();
    }

    /// <summary>Clicks an Action.Execute button and sends what it queued; returns the whole invoke answer (statusCode, type, value).</summary>
    public async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string fromId = TestActivities.UserId, string fromAad = TestActivities.UserAad, string locale = "nl-NL")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb, locale);
        activity["from"] = new JsonObject { ["id"] = fromId, ["aadObjectId"] = fromAad, ["name"] = fromId == AnaId ? "Ana Jansen" : fromId == TestActivities.UserId ? "Alex Wilber" : "Someone" };
        // As Teams does: the message whose card was clicked (one message per person here, updated in place).
        activity["replyToId"] = CardMessageOf(fromId);
        data["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        // As the send workers would: what the click queued for others (a share, a response) is sent before anyone looks.
        await host.SendQueuedAsync();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Moves the clock to <paramref name="instant"/>, runs the scheduler once and sends what it queued.</summary>
    public async Task AtAsync(DateTimeOffset instant)
    {
        host.Time.SetUtcNow(instant);
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(instant, CancellationToken.None);
        await host.SendQueuedAsync();
    }

    /// <summary>Answers a follow-up card with its own data plus <paramref name="answers"/>.</summary>
    public Task<JsonObject> AnswerFollowUpAsync(JsonNode card, JsonObject answers, string locale = "nl-NL") =>
        InvokeAsync("reflection.followup", Merge(Action(card, "reflection.followup")["data"]!.DeepClone().AsObject(), answers), locale: locale);

    /// <summary>The id the harness gives the message a person clicks their cards in.</summary>
    public static string CardMessageOf(string fromId) => "card-message-of-" + fromId;

    /// <summary>Submits the step the card shows, with the card's own step, version and id, plus <paramref name="answers"/>.</summary>
    public Task<JsonObject> SubmitAsync(JsonObject card, JsonObject answers) => InvokeAsync("reflection.next", Merge(NextData(card), answers));

    /// <summary>Walks from the card showing step 1 through all eight steps; returns the last answer (the summary).</summary>
    public async Task<JsonObject> CompleteAsync(JsonObject card, Func<int, JsonObject>? answers = null)
    {
        JsonObject answer = null!;
        for (var step = 1; step <= 8; step++)
        {
            answer = await SubmitAsync(card, answers?.Invoke(step) ?? ValidAnswers[step].DeepClone().AsObject());
            card = CardOf(answer);
        }

        return answer;
    }

    public static JsonObject CardOf(JsonObject invokeAnswer) => invokeAnswer["value"]!.AsObject();

    /// <summary>The JSON as text with accents and dashes as they are, so assertions read like the card.</summary>
    public static string Text(JsonNode card) => card.ToJsonString(Readable);

    /// <summary>The data of the card's "next" button: reflection id, step and version.</summary>
    public static JsonObject NextData(JsonObject card) => Action(card, "reflection.next")["data"]!.DeepClone().AsObject();

    public static JsonObject Action(JsonNode node, string verb) => Actions(node).First(a => a["verb"]?.GetValue<string>() == verb);

    public static IEnumerable<JsonObject> Actions(JsonNode node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Action.Execute" => [obj],
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : Actions(p.Value)),
        JsonArray array => array.SelectMany(i => i is null ? [] : Actions(i)),
        _ => [],
    };

    public static JsonObject Merge(JsonObject data, JsonObject answers)
    {
        foreach (var (key, value) in answers)
        {
            data[key] = value?.DeepClone();
        }

        return data;
    }

    private async Task JoinAsync(string id, string aad) => await host.PostAsync(TestActivities.Join(host.ServiceUrl, id, aad));
}
