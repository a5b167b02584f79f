using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Privacy;

/// <summary>
/// Every button BreedBot gave Alex and Ana, clicked with its exact data by someone else: a colleague
/// in the same tenant who is not in the team, and a user of another tenant who even carries Ana's
/// user id. Neither may change a row of the team or its people, reach their chats, or read back
/// anything of theirs.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class IsolationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string OtherTenant = "72f988bf-0000-0000-0000-00000000b0b0";

    private BotHost host = null!;
    private ReflectionHarness harness = null!;
    private string marker = "";

    // Cards that came back as invoke answers (each reflection step, the summary): their buttons count too.
    private readonly List<JsonObject> answeredCards = [];

    public static TheoryData<string, string, string, string> Intruders => new()
    {
        { TestActivities.Tenant, "29:1eve", "aad-eve", "a:1personal-chat-eve" },
        { OtherTenant, "29:1mallory", AnaAad, "a:1personal-chat-mallory" },
    };

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" });
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
        marker = "canary" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12);
        var card = await harness.SayAsync("reflectie");
        for (var step = 1; step <= 8; step++)
        {
            var answers = step == 1
                ? new JsonObject { ["label"] = "casus " + marker, ["form"] = "ChildAbuse", ["children"] = "Yes" }
                : ValidAnswers[step].DeepClone().AsObject();
            card = CardOf(await harness.SubmitAsync(card, answers));
            answeredCards.Add(card);
        }

        await host.SendQueuedAsync();
        var shared = await host.Connector.WaitForRequestAsync(r => r.Body.Contains("reflection.respond", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var respond = Action(shared.Json!["attachments"]![0]!["content"]!, "reflection.respond")["data"]!.DeepClone().AsObject();
        respond["response"] = "Goed plan";
        await harness.InvokeAsync("reflection.respond", respond, AnaId, AnaAad);
        await harness.SayAsync("mijn gegevens");
        await harness.SayAsync("meldcode");
        await harness.SayAsync("duo");

        // The duo's weekly moment (Tuesday 09:30 Amsterdam): both get a reminder card with its buttons.
        var moment = new DateTimeOffset(2027, 2, 16, 8, 31, 0, TimeSpan.Zero);
        host.Time.SetUtcNow(moment);
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(moment, CancellationToken.None);
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Intruders))]
    public async Task EveryButton_ClickedBySomeoneElse_ChangesReadsAndReachesNothingOfTheTeam(string tenant, string id, string aad, string chat)
    {
        var buttons = ButtonsSentSoFar();
        Assert.Contains(buttons, b => b.Verb == "reflection.respond");
        Assert.Contains(buttons, b => b.Verb == "join.submit");
        Assert.Contains(buttons, b => b.Verb == "reflection.back");
        Assert.Contains(buttons, b => b.Verb == "duo.checkin");
        var before = await TeamRowsAsync(aad, tenant);
        var sentBefore = host.Connector.Requests.Count;

        var answers = new List<string>();
        foreach (var (verb, data) in buttons)
        {
            var activity = TestActivities.CardAction(host.ServiceUrl, verb);
            activity["from"] = new JsonObject { ["id"] = id, ["aadObjectId"] = aad, ["name"] = "Indringer" };
            activity["conversation"] = new JsonObject { ["id"] = chat, ["conversationType"] = "personal", ["tenantId"] = tenant };
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } };
            activity["value"]!["action"]!["data"] = data.DeepClone();
            var response = await host.PostAsync(activity);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        // Whatever a click queued for someone else must show here too.
        await host.SendQueuedAsync();
        Assert.Equal(before, await TeamRowsAsync(aad, tenant));
        var sentSince = host.Connector.Requests.Skip(sentBefore).ToList();
        // Only the intruder's own chat may hear back (a button that starts something of their own, like a reflection).
        Assert.All(sentSince, r => Assert.StartsWith("/v3/conversations/" + chat + "/", r.Path, StringComparison.Ordinal));
        Assert.All(answers.Concat(sentSince.Select(r => r.Body)), body =>
        {
            Assert.DoesNotContain(marker, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Alex Wilber", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Ana Jansen", body, StringComparison.Ordinal);
        });
    }

    /// <summary>Every Action.Execute in every card sent to Alex or Ana so far, with its data as sent.</summary>
    private List<(string Verb, JsonObject Data)> ButtonsSentSoFar() =>
        [.. host.Connector.Requests
            .Select(r => r.Json?["attachments"] as JsonArray)
            .Where(a => a is not null)
            .SelectMany(a => a!.Select(att => att?["content"]).OfType<JsonNode>())
            .Concat(answeredCards)
            .SelectMany(Actions)
            .Where(a => a["verb"] is not null && a["data"] is JsonObject)
            .Select(a => (a["verb"]!.GetValue<string>(), a["data"]!.AsObject()))
            .DistinctBy(b => b.Item1 + b.Item2.ToJsonString())];

    /// <summary>Every row of the team's tenant with its ETag, except the intruder's own.</summary>
    private async Task<List<string>> TeamRowsAsync(string intruderKey, string intruderTenant)
    {
        var rows = new List<string>();
        foreach (var table in StorageTables.All)
        {
            foreach (var row in await host.RowsAsync(table))
            {
                var own = intruderTenant == TestActivities.Tenant
                    ? row.PartitionKey.Contains(intruderKey, StringComparison.Ordinal) || row.RowKey.Contains(intruderKey, StringComparison.Ordinal)
                    : row.PartitionKey.StartsWith(intruderTenant, StringComparison.Ordinal) || row.RowKey == intruderTenant;
                if (!own)
                {
                    rows.Add($"{table}/{row.PartitionKey}/{row.RowKey}/{row.ETag}");
                }
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
