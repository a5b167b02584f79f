using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// A team with Alex (owner) and Ana, both joined with Tuesday 09:30 and paired as a duo; helpers that run the
/// scheduler at an instant and pump the outbox as a send worker would, and answer reminder cards the way Teams does.
/// </summary>
internal sealed class ReminderHarness(BotHost host, (string Id, string Name, string Aad, string Role)[]? people = null)
{
    public const string ReminderSummary = "BreedBot: je duomoment";

    public static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
    ];

    /// <summary>Tuesday 16 February 2027, 09:30 in Amsterdam.</summary>
    public static readonly DateTimeOffset Moment = new(2027, 2, 16, 8, 30, 0, TimeSpan.Zero);

    /// <summary>Who is in the team: <see cref="Roster"/> unless the harness was given others (all join; the first is the owner).</summary>
    public (string Id, string Name, string Aad, string Role)[] People => people ?? Roster;

    public SchedulerJob Job => host.Services.GetRequiredService<SchedulerJob>();

    public async Task SetUpDuoAsync()
    {
        host.Connector.SetRoster(TestActivities.TeamId, People.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@noord.example", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        foreach (var person in People)
        {
            await JoinAsync(person.Id, person.Aad);
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.Connector.WaitForRequestAsync(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Gelukt", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(10));
        await host.SendQueuedAsync();
    }

    public List<RecordedRequest> Reminders() =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == ReminderSummary)];

    /// <summary>The team's duo weeks as stored (either place), read through the store as the host reads them.</summary>
    public Task<IReadOnlyList<BreedBot.Domain.DuoWeeks.DuoWeek>> WeeksAsync() =>
        host.Services.GetRequiredService<BreedBot.Storage.DuoWeeks.DuoWeekStore>().ListTeamAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None);

    /// <summary>
    /// No answer was stored: each week the scheduler planned (the plan goes with the week's row when the reminder goes
    /// out) is still open and not moved.
    /// </summary>
    public async Task AssertNothingAnsweredAsync() =>
        Assert.All(await WeeksAsync(), week => Assert.True(week is { IsOpen: true, Move: null }, $"week {week.Week} of {week.DuoKey} was answered"));

    public List<RecordedRequest> CardUpdates() => [.. host.Connector.Requests.Where(r => r.Method == "PUT")];

    /// <summary>The card a request carries, as JSON text with its characters unescaped.</summary>
    /// <summary>The value of the card's input with this id, wherever it stands in the card; null when there is none.</summary>
    public static string? InputValue(JsonNode node, string id) => node switch
    {
        JsonObject obj when obj["id"]?.GetValue<string>() == id => obj["value"]?.GetValue<string>(),
        JsonObject obj => obj.Select(p => p.Value is null ? null : InputValue(p.Value, id)).FirstOrDefault(v => v is not null),
        JsonArray array => array.Select(item => item is null ? null : InputValue(item, id)).FirstOrDefault(v => v is not null),
        _ => null,
    };

    public static string CardText(RecordedRequest request) =>
        request.Json!["attachments"]![0]!["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public List<string> Texts(string startsWith) =>
        [.. host.Connector.Requests.Select(r => r.Json?["text"]?.GetValue<string>()).OfType<string>().Where(t => t.StartsWith(startsWith, StringComparison.Ordinal))];

    /// <summary>The cards sent whose text contains <paramref name="text"/> (the nudge is a notice card).</summary>
    public List<string> CardsContaining(string text) =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["attachments"] is JsonArray).Select(CardText).Where(card => card.Contains(text, StringComparison.Ordinal))];

    /// <summary>One scheduler pass at <paramref name="instant"/>, then everything it queued is sent.</summary>
    public async Task AtAsync(DateTimeOffset instant)
    {
        host.Time.SetUtcNow(instant);
        await Job.RunOnceAsync(instant, CancellationToken.None);
        await host.SendQueuedAsync();
    }

    public JsonObject ReminderData() => DataOf(Reminders()[0]);

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

    public async Task<string> AnswerAsync((string Id, string Name, string Aad, string Role) who, string verb, JsonObject data, params (string Key, string Value)[] inputs)
    {
        var response = await host.PostAsync(Answer(who, verb, data, inputs));
        return await ReadableAsync(response);
    }

    /// <summary>The invoke answer's body as JSON text with its characters unescaped.</summary>
    public static async Task<string> ReadableAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>A press on the reminder card's button, as Teams sends it: the card's data merged with the inputs.</summary>
    public JsonObject Answer((string Id, string Name, string Aad, string Role) who, string verb, JsonObject data, params (string Key, string Value)[] inputs)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        activity["from"] = new JsonObject { ["id"] = who.Id, ["aadObjectId"] = who.Aad };
        var payload = new JsonObject { ["verb"] = verb };
        foreach (var (key, value) in data)
        {
            payload[key] = value?.DeepClone();
        }

        foreach (var (key, value) in inputs)
        {
            payload[key] = value;
        }

        activity["value"]!["action"]!["data"] = payload;
        return activity;
    }

    private async Task JoinAsync(string userId, string aad)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
        activity["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aad };
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = "join.submit",
            ["teamId"] = TestActivities.TeamId,
            ["role"] = "Wijkteam",
            ["cluster"] = "SociaalWerk",
            ["day"] = "Tuesday",
            ["time"] = "09:30",
        };
        var response = await host.PostAsync(activity);
        Assert.Contains("Je doet mee", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
