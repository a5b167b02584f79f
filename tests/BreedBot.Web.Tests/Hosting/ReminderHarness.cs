using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// A team with Alex (owner) and Ana, both joined with Tuesday 09:30 and paired as a duo; helpers that run the
/// scheduler at an instant and pump the outbox as a send worker would, and answer reminder cards the way Teams does.
/// </summary>
internal sealed partial class ReminderHarness(BotHost host, (string Id, string Name, string Aad, string Role)[]? people = null) : IAsyncDisposable
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

    public BotHost Host => host;

    public SchedulerJob Job => host.Services.GetRequiredService<SchedulerJob>();

    /// <summary>
    /// A host of its own with the duo set up (<see cref="SetUpDuoAsync"/>) for <paramref name="people"/>, else
    /// <see cref="Roster"/>. Its scheduler passes only when the test says so (<see cref="AtAsync"/>), at the instant it
    /// chooses. Disposing the harness stops the host.
    /// </summary>
    public static async Task<ReminderHarness> StartAsync(string storageConnectionString, (string Id, string Name, string Aad, string Role)[]? people = null)
    {
        var host = await BotHost.StartAsync(storageConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" });
        var harness = new ReminderHarness(host, people);
        try
        {
            await harness.SetUpDuoAsync();
            return harness;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    public async Task SetUpDuoAsync()
    {
        host.Connector.SetRoster(TestActivities.TeamId, People.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@noord.example", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        foreach (var person in People)
        {
            var response = await host.PostAsync(TestActivities.Join(host.ServiceUrl, person.Id, person.Aad));
            Assert.Contains("Je doet mee", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.Connector.WaitForRequestAsync(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Gelukt", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(10));
        await host.SendQueuedAsync();
    }

    /// <summary>One scheduler pass at <paramref name="instant"/>, then everything it queued is sent.</summary>
    public async Task AtAsync(DateTimeOffset instant)
    {
        host.Time.SetUtcNow(instant);
        await Job.RunOnceAsync(instant, CancellationToken.None);
        await host.SendQueuedAsync();
    }

    /// <summary>The team's duo weeks as stored (either place), read through the store as the host reads them.</summary>
    public Task<IReadOnlyList<DuoWeek>> WeeksAsync() =>
        host.Services.GetRequiredService<DuoWeekStore>().ListTeamAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None);

    /// <summary>What the team's <paramref name="week"/> counted, as its summary reads it.</summary>
    public Task<TeamWeekFacts> WeekFactsAsync(IsoWeek week) =>
        host.Services.GetRequiredService<TeamWeekFactStore>().GetWeekAsync(TestActivities.Tenant, TestActivities.TeamId, week, CancellationToken.None);

    /// <summary>
    /// No answer was stored: each week the scheduler planned (the plan goes with the week's row when the reminder goes
    /// out) is still open and not moved.
    /// </summary>
    public async Task AssertNothingAnsweredAsync() =>
        Assert.All(await WeeksAsync(), week => Assert.True(week is { IsOpen: true, Move: null }, $"week {week.Week} of {week.DuoKey} was answered"));

    /// <summary>Alex types <paramref name="text"/> in the personal chat; the card of the reply to that message.</summary>
    public async Task<JsonObject> SayAsync(string text, string id, string locale = "nl-NL")
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, text, locale, id));
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/" + id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return reply.Json!["attachments"]![0]!["content"]!.AsObject();
    }

    public async Task<string> AnswerAsync((string Id, string Name, string Aad, string Role) who, string verb, JsonObject data, params (string Key, string Value)[] inputs)
    {
        var response = await host.PostAsync(Answer(who, verb, data, inputs));
        return await ReadableAsync(response);
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
}
