using System.Text.Json.Nodes;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Retention;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>
/// Erased or expired means gone from Teams too: every card BreedBot sent about a reflection — the shared reflection in
/// the partner's chat, the partner's response in the author's chat, the author's summary — is updated in place to
/// "Deze reflectie is verwijderd", through the outbox, with failures retried and counted in status.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionRetractionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // The test runs retention itself; a failed update is tried again as soon as the queue is pumped.
    private static readonly Dictionary<string, string?> Settings = new() { ["Scheduler:RunLoop"] = "false", ["Outbox:BaseRetryDelay"] = "00:00:00" };

    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, Settings);
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task DeleteMyData_SharedAndAnsweredReflection_EveryCardAboutItIsReplacedInPlace()
    {
        var (sharedCardId, responseCardId) = await ShareAndRespondAsync();
        var chats = await harness.ChatsAsync();
        var before = host.Connector.Requests.Count;

        await harness.InvokeAsync("mydata.delete", new JsonObject());
        await host.SendQueuedAsync();

        var updates = Updates(before);
        Assert.Equal(3, updates.Count);
        Assert.Contains(updates, u => u.Path == $"/v3/conversations/{chats[AnaAad]}/activities/{sharedCardId}");
        Assert.Contains(updates, u => u.Path == $"/v3/conversations/{TestActivities.PersonalConversation}/activities/{responseCardId}");
        Assert.Contains(updates, u => u.Path == $"/v3/conversations/{TestActivities.PersonalConversation}/activities/{CardMessageOf(TestActivities.UserId)}");
        foreach (var update in updates)
        {
            Assert.Contains("Deze reflectie is verwijderd", update.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("casus A", update.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Sterk dat je dit oppakt", update.Body, StringComparison.Ordinal);
            Assert.Equal(update.Path.Split('/')[^1], update.Json!["id"]!.GetValue<string>());
        }

        // The records of the updates name nobody and keep no address of the erased person's chat.
        var rows = await host.RowsAsync(BreedBot.Storage.StorageTables.DeliveriesName);
        Assert.DoesNotContain(rows, r => r.Any(p => p.Value?.ToString()?.Contains(TestActivities.PersonalConversation, StringComparison.Ordinal) == true));
        Assert.DoesNotContain(rows, r => r.Any(p => p.Value?.ToString()?.Contains(TestActivities.UserAad, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task DeleteMyData_PartnerWhoResponded_OnlyTheirResponseInTheAuthorsChatIsReplaced()
    {
        var (_, responseCardId) = await ShareAndRespondAsync();
        var before = host.Connector.Requests.Count;

        await harness.InvokeAsync("mydata.delete", new JsonObject(), AnaId, AnaAad);
        await host.SendQueuedAsync();

        var update = Assert.Single(Updates(before));
        Assert.Equal($"/v3/conversations/{TestActivities.PersonalConversation}/activities/{responseCardId}", update.Path);
        Assert.Contains("Deze reflectie is verwijderd", update.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_ExpiredSharedReflection_CardsReplacedEvenAfterTheThirtyDaysOfDeliveryRecords()
    {
        var (sharedCardId, _) = await ShareAndRespondAsync();
        var chats = await harness.ChatsAsync();
        host.Time.Advance(TimeSpan.FromDays(91));
        var before = host.Connector.Requests.Count;

        await RunRetentionAsync();
        await host.SendQueuedAsync();

        var updates = Updates(before);
        Assert.Equal(3, updates.Count);
        Assert.Contains(updates, u => u.Path == $"/v3/conversations/{chats[AnaAad]}/activities/{sharedCardId}");
        Assert.All(updates, u => Assert.Contains("Deze reflectie is verwijderd", u.Body, StringComparison.Ordinal));

        await RunRetentionAsync();
        await host.SendQueuedAsync();
        Assert.Equal(3, Updates(before).Count);
    }

    [Fact]
    public async Task Retention_UpdateMeetsServerErrors_RetriedThroughTheOutboxAndCountedInStatus()
    {
        var (sharedCardId, _) = await ShareAndRespondAsync();
        host.Time.Advance(TimeSpan.FromDays(91));
        host.Connector.Respond(r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + sharedCardId, StringComparison.Ordinal), ScriptedResponse.Unavailable(), times: 1);
        host.Connector.Respond(r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + CardMessageOf(TestActivities.UserId), StringComparison.Ordinal), ScriptedResponse.ConversationNotFound(), times: 1);

        await RunRetentionAsync();
        await host.SendQueuedAsync();

        Assert.Equal(2, host.Connector.Requests.Count(r => r.Method == "PUT" && r.Path.EndsWith("/activities/" + sharedCardId, StringComparison.Ordinal)));
        var status = await host.AskStatusAsync("st-retract");
        Assert.Contains("Kaarten van verwijderde gegevens: 2 van 2 kaarten vervangen.", status, StringComparison.Ordinal);
    }

    /// <summary>Alex finishes a reflection shared with Ana, and Ana responds; the activity ids of Ana's card and of the response in Alex's chat.</summary>
    private async Task<(string SharedCardId, string ResponseCardId)> ShareAndRespondAsync()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        var shared = Assert.Single(harness.SharedCards());
        var respond = Action(shared.Json!["attachments"]![0]!["content"]!, "reflection.respond")["data"]!.DeepClone().AsObject();
        respond["response"] = "Sterk dat je dit oppakt.";
        await harness.InvokeAsync("reflection.respond", respond, AnaId, AnaAad);
        var records = host.Services.GetRequiredService<DeliveryStore>();
        var week = await records.ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", CancellationToken.None);
        var share = Assert.Single(week, r => r.Kind == MessageKinds.ReflectionShare && r.RecipientKey == AnaAad);
        var response = Assert.Single(week, r => r.Kind == MessageKinds.ReflectionShare && r.RecipientKey == TestActivities.UserAad);
        return (share.ActivityId!, response.ActivityId!);
    }

    // The card updates about reflections: an erasure also renames the erased person on the partner's duo card
    // ("oud-deelnemer", FormerParticipantTests), which is not about a reflection.
    private List<RecordedRequest> Updates(int after) =>
        [.. host.Connector.Requests.Skip(after).Where(r => r.Method == "PUT" && r.Path.Contains("/activities/", StringComparison.Ordinal)
            && r.Json?["summary"]?.GetValue<string>() != "BreedBot: je duo")];

    private async Task<int> RunRetentionAsync()
    {
        using var scope = host.Services.CreateScope();
        var deleted = 0;
        // The delivery records' 30 days first, as the daily run may do: the cards' records must survive it.
        foreach (var rule in scope.ServiceProvider.GetServices<IRetentionRule>().OrderBy(r => r is ReflectionRetention ? 1 : 0))
        {
            deleted += await rule.ApplyAsync(host.Time.GetUtcNow(), CancellationToken.None);
        }

        return deleted;
    }
}
