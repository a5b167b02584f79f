using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Retention;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.CourageStories;

/// <summary>
/// A courage story withdrawn, erased or expired before a summary used it is gone from Teams too: every card in the
/// author's chat that showed it (the card that confirmed it, a "deel een moedig moment" card listing it) is updated in
/// place to "Dit verhaal is verwijderd", through the outbox; once a summary made it the team's, nothing ties it to them.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class CourageStoryRetractionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Story = "Ik sprak in het overleg mijn twijfel uit, en we belden samen Veilig Thuis.";
    private const string ConfirmedCard = "preview-card-1";

    // Friday 19 February 2027, 15:00 in Amsterdam: the team's summary.
    private static readonly DateTimeOffset Friday = new(2027, 2, 19, 14, 0, 0, TimeSpan.Zero);

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false", ["Outbox:BaseRetryDelay"] = "00:00:00" });
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner")]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
        await host.PostAsync(TestActivities.Join(host.ServiceUrl, TestActivities.UserId, TestActivities.UserAad));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("nl-NL", "Dit verhaal is verwijderd")]
    [InlineData("en-US", "This story was removed")]
    public async Task DeleteMyData_WaitingStory_EveryCardThatShowedItIsReplacedInPlace(string locale, string removed)
    {
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl, locale));
        var listing = await ShareAndListAsync();
        var before = host.Connector.Requests.Count;

        await ActAsync("mydata.delete", [], "delete-card-1");
        await host.SendQueuedAsync();

        var updates = Updates(before);
        Assert.Equal([ConfirmedCard, listing], updates.Select(u => u.Path.Split('/')[^1]).Order(StringComparer.Ordinal).Reverse());
        Assert.All(updates, u =>
        {
            Assert.Contains(removed, u.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("twijfel", u.Body, StringComparison.Ordinal);
            Assert.StartsWith($"/v3/conversations/{TestActivities.PersonalConversation}/activities/", u.Path, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(await host.RowsAsync(StorageTables.DeliveriesName), r => r.GetString("Kind") == "courage-card");
    }

    [Fact]
    public async Task Retention_StoryWaitedPastItsPeriod_CardsReplacedEvenAfterTheThirtyDaysOfDeliveryRecords()
    {
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        var listing = await ShareAndListAsync();
        host.Time.Advance(TimeSpan.FromDays(31));
        var before = host.Connector.Requests.Count;

        await RunRetentionAsync();
        await host.SendQueuedAsync();

        var updates = Updates(before);
        Assert.Equal(2, updates.Count);
        Assert.Contains(updates, u => u.Path.EndsWith("/activities/" + listing, StringComparison.Ordinal));
        Assert.All(updates, u => Assert.Contains("Dit verhaal is verwijderd", u.Body, StringComparison.Ordinal));
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));

        await RunRetentionAsync();
        await host.SendQueuedAsync();
        Assert.Equal(2, Updates(before).Count);
        var status = await host.AskStatusAsync("st-story");
        Assert.Contains("Kaarten van verwijderde gegevens: 2 van 2 kaarten vervangen.", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_OnTheListingCard_TheConfirmationIsReplacedAndTheListingBecomesTheAnswer()
    {
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        var listing = await ShareAndListAsync();
        var storyId = Assert.Single(await host.RowsAsync(StorageTables.CourageStoriesName)).RowKey;
        var before = host.Connector.Requests.Count;

        var answer = await ActAsync("courage.withdraw", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = storyId }, listing);
        await host.SendQueuedAsync();

        Assert.Contains("Ingetrokken", answer, StringComparison.Ordinal);
        var update = Assert.Single(Updates(before));
        Assert.EndsWith("/activities/" + ConfirmedCard, update.Path, StringComparison.Ordinal);
        Assert.Contains("Dit verhaal is verwijderd", update.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_TookTheStory_NothingTiesItToItsAuthorAndErasureLeavesItsCards()
    {
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await ShareAndListAsync();

        host.Time.SetUtcNow(Friday.AddMinutes(1));
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(Friday.AddMinutes(1), CancellationToken.None);
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;
        await ActAsync("mydata.delete", [], "delete-card-1");
        await host.SendQueuedAsync();

        Assert.Contains(host.Connector.Requests, r => r.Json?["attachments"]?[0]?["content"]?.ToJsonString().Contains("twijfel", StringComparison.Ordinal) == true && r.Path.Contains(TestActivities.TeamId, StringComparison.Ordinal));
        Assert.DoesNotContain(await host.RowsAsync(StorageTables.DeliveriesName), r => r.GetString("Kind") == "courage-card");
        Assert.Empty(Updates(before));
    }

    /// <summary>Confirms the story on the preview card, then asks for the form, which lists it; the form's message id.</summary>
    private async Task<string> ShareAndListAsync()
    {
        await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = Story }, ConfirmedCard);
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "deel een moedig moment", id: "cs-list"));
        var form = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/cs-list", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("twijfel", form.Body, StringComparison.Ordinal);
        var rows = await host.RowsAsync(StorageTables.DeliveriesName);
        return Assert.Single(rows, r => r.GetString("Kind") == "courage-card" && r.GetString("ActivityId") != ConfirmedCard).GetString("ActivityId");
    }

    private async Task<string> ActAsync(string verb, JsonObject data, string cardId)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        activity["replyToId"] = cardId;
        data["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        return await response.Content.ReadAsStringAsync();
    }

    private List<RecordedRequest> Updates(int after) =>
        [.. host.Connector.Requests.Skip(after).Where(r => r.Method == "PUT" && r.Path.Contains("/activities/", StringComparison.Ordinal))];

    private async Task RunRetentionAsync()
    {
        using var scope = host.Services.CreateScope();
        foreach (var rule in scope.ServiceProvider.GetServices<IRetentionRule>())
        {
            await rule.ApplyAsync(host.Time.GetUtcNow(), CancellationToken.None);
        }
    }
}
