using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.CourageStories;

/// <summary>
/// "deel een moedig moment": written in the personal chat, checked, shown exactly, confirmed; then
/// once and without its author in the team's next scheduled summary; withdrawable until then;
/// in "mijn gegevens" while it waits and gone with "verwijder mijn gegevens".
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class CourageStoryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Story = "Ik sprak in het overleg mijn twijfel uit, en we belden samen Veilig Thuis.";

    // Friday 19 February 2027, 15:00 in Amsterdam.
    private static readonly DateTimeOffset Friday = new(2027, 2, 19, 14, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" });
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserPrincipalName: "alex@noord.example", UserRole: "owner")]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        // The invitation: sent now, so the counts below are of the summary alone.
        await host.SendQueuedAsync();
        await JoinAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Share_PreviewThenConfirm_InTheNextSummaryOnceAndWithoutItsAuthor()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "deel een moedig moment", id: "cs-1"));
        var form = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/cs-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("BreedBot: moedig moment", form.Json!["summary"]!.GetValue<string>());
        Assert.Contains("courage.preview", form.Body, StringComparison.Ordinal);

        var preview = await ActAsync("courage.preview", new JsonObject { ["onlyTeam"] = TestActivities.TeamId, ["story"] = "  " + Story + "\n" });
        Assert.Contains("Precies deze tekst komt in het volgende weekoverzicht van Wijkteam Noord", preview, StringComparison.Ordinal);
        Assert.Contains($"\"text\":\"{Story}\"", preview, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));

        var saved = await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = Story });
        Assert.Contains("Dank je voor het delen", saved, StringComparison.Ordinal);
        Assert.Contains("vrijdag om 15:00", saved, StringComparison.Ordinal);
        var row = Assert.Single(await host.RowsAsync(StorageTables.CourageStoriesName));
        Assert.Equal(TestActivities.UserAad, row.GetString("AuthorKey"));

        await AtAsync(Friday.AddMinutes(1));
        Assert.Equal(1, await host.SendQueuedAsync());
        var summary = SummaryPosts().Single().Json!["attachments"]![0]!["content"]!.ToJsonString(Readable);
        Assert.Contains(Story, summary, StringComparison.Ordinal);
        Assert.Contains("Een moedig moment, anoniem gedeeld", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", summary, StringComparison.Ordinal);
        var posted = Assert.Single(await host.RowsAsync(StorageTables.CourageStoriesName));
        Assert.Null(posted.GetString("AuthorKey"));
        Assert.Equal("2027-W07", posted.GetString("PostedWeek"));

        await AtAsync(Friday.AddDays(7).AddMinutes(1));
        Assert.Equal(1, await host.SendQueuedAsync());
        Assert.DoesNotContain(Story, SummaryPosts()[^1].Json!["attachments"]![0]!["content"]!.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));
    }

    [Fact]
    public async Task Share_IdentifyingText_FormBackWithTheReasonTextKeptAndNothingStored()
    {
        const string Identifying = "Ik belde mevrouw Jansen terug op 06-12345678.";

        var confirm = await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = Identifying });

        Assert.Contains("Dit kan ik niet bewaren", confirm, StringComparison.Ordinal);
        Assert.Contains(Identifying, confirm, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));
    }

    [Fact]
    public async Task Share_TeamNotTheSenders_AsksForATeamAndStoresNothing()
    {
        var answer = await ActAsync("courage.confirm", new JsonObject { ["team"] = "19:other@thread.tacv2", ["story"] = Story });

        Assert.Contains("Kies voor welk team het is.", answer, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));
    }

    [Fact]
    public async Task Withdraw_BeforeTheSummary_DeletedAndNotPosted()
    {
        await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = Story });
        var again = await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = Story + " Nog eens." });
        Assert.Contains("Er wacht er al een", again, StringComparison.Ordinal);
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "deel een moedig moment", id: "cs-2"));
        var card = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/cs-2", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var withdraw = card.Json!["attachments"]![0]!["content"]!["body"]!.AsArray()
            .Select(e => e!.ToJsonString()).Single(e => e.Contains("courage.withdraw", StringComparison.Ordinal));
        var storyId = Assert.Single(await host.RowsAsync(StorageTables.CourageStoriesName)).RowKey;
        Assert.Contains(storyId, withdraw, StringComparison.Ordinal);

        var answer = await ActAsync("courage.withdraw", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = storyId });
        var twice = await ActAsync("courage.withdraw", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = storyId });

        Assert.Contains("Ingetrokken", answer, StringComparison.Ordinal);
        Assert.Contains("Niets meer in te trekken", twice, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));
        await AtAsync(Friday.AddMinutes(1));
        await host.SendQueuedAsync();
        Assert.DoesNotContain(Story, SummaryPosts().Single().Json!.ToJsonString(Readable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyData_WaitingStory_ShownAndErasedWithMyData()
    {
        await ActAsync("courage.confirm", new JsonObject { ["team"] = TestActivities.TeamId, ["story"] = Story });

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "mijn gegevens", id: "cs-3"));
        var overview = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/cs-3", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("Moedige momenten", overview.Json!.ToJsonString(Readable), StringComparison.Ordinal);
        var export = await ActAsync("mydata.export", []);
        Assert.Contains("Hieronder verstuurd", export, StringComparison.Ordinal);
        Assert.Contains(host.Connector.Requests, r => r.Json?.ToJsonString(Readable).Contains(Story, StringComparison.Ordinal) == true && r.Path.Contains(TestActivities.PersonalConversation, StringComparison.Ordinal));

        var erased = await ActAsync("mydata.delete", []);

        Assert.Contains("Je gegevens zijn verwijderd", erased, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));
    }

    private List<RecordedRequest> SummaryPosts() =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == "BreedBot: weekoverzicht")];

    private async Task AtAsync(DateTimeOffset instant)
    {
        host.Time.SetUtcNow(instant);
        await host.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(instant, CancellationToken.None);
    }

    private async Task<string> ActAsync(string verb, JsonObject data)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        data["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString(Readable);
    }

    private async Task JoinAsync()
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
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
