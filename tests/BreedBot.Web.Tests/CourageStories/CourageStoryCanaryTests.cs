using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using BreedBot.Web.Tests.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.CourageStories;

/// <summary>
/// A moedig moment is the one text a member may send to the channel, after seeing it and confirming.
/// A marker in it may reach the author's chat and the summary card in the channel — never a log, a
/// trace, a notification preview, or the channel before the author confirmed.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class CourageStoryCanaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Friday 19 February 2027, 15:00 in Amsterdam: the default summary moment.
    private static readonly DateTimeOffset Friday = new(2027, 2, 19, 14, 0, 0, TimeSpan.Zero);

    private readonly CapturedLogs logs = new();
    private readonly CapturedTelemetry telemetry = new();
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, WithoutSchedulerLoop(CanaryScan.Instrumented()), logs);
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner")]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await ActAsync("join.submit", new JsonObject { ["teamId"] = TestActivities.TeamId, ["role"] = "Wijkteam", ["cluster"] = "SociaalWerk", ["day"] = "Tuesday", ["time"] = "09:30" });
    }

    public async Task DisposeAsync()
    {
        telemetry.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Story_PreviewedWithdrawnAndShared_ReachesOnlyTheAuthorAndTheSummaryCard()
    {
        var withdrawn = Marker();
        var shared = Marker();
        await ActAsync("courage.preview", new JsonObject { ["onlyTeam"] = TestActivities.TeamId, ["story"] = "Ik twijfelde eerst " + withdrawn });
        await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = "Ik twijfelde eerst " + withdrawn });
        var storyId = Assert.Single(await host.RowsAsync(BreedBot.Storage.StorageTables.CourageStoriesName)).RowKey;
        var withdraw = new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = storyId };
        Assert.Contains("is verwijderd en komt niet in het overzicht", await ActAsync("courage.withdraw", withdraw), StringComparison.Ordinal);
        await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = "We belden samen " + shared });

        host.Time.SetUtcNow(Friday.AddMinutes(1));
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(Friday.AddMinutes(1), CancellationToken.None);
        await host.SendQueuedAsync();

        Assert.Contains(host.Connector.Requests, r => r.Path.Contains(TestActivities.TeamId, StringComparison.Ordinal) && r.Body.Contains(shared, StringComparison.Ordinal));
        CanaryScan.AssertNowhereButAllowedChats(shared, logs, telemetry, host.Connector.Requests, [TestActivities.PersonalConversation, TestActivities.TeamId]);
        CanaryScan.AssertNowhereButAllowedChats(withdrawn, logs, telemetry, host.Connector.Requests, [TestActivities.PersonalConversation]);
    }

    private async Task<string> ActAsync(string verb, JsonObject data)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        data["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        return await response.Content.ReadAsStringAsync();
    }

    // Letters only: digits could look like a phone or case number to the privacy guard.
    private static string Marker() => "canary" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12);

    private static Dictionary<string, string?> WithoutSchedulerLoop(Dictionary<string, string?> settings)
    {
        settings["Scheduler:RunLoop"] = "false";
        return settings;
    }
}
