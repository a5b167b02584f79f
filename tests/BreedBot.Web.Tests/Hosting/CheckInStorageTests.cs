using BreedBot.Storage;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// The round trips of a check-in on a sent reminder (the inbound benchmark's 'checkin' turn): each row it needs
/// is read once, the duo's week is read once and written once, only the duo's own member rows are read, and the
/// week's facts go in table transactions.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class CheckInStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StorageRequests storage = new();
    private BotHost host = null!;
    private ReminderHarness duo = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" },
            services: services => storage.Register(services, azurite.ConnectionString));
        duo = new ReminderHarness(host);
        await duo.SetUpDuoAsync();
        await duo.AtAsync(ReminderHarness.Moment.AddMinutes(1));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CheckIn_OnTheSentReminder_ReadsNoRowTwice()
    {
        var data = duo.ReminderData();
        await SayHelloFromAmsterdamAsync(ReminderHarness.Roster[1]);
        storage.Clear();

        var answer = await duo.AnswerAsync(ReminderHarness.Roster[1], "duo.checkin", data, ("what", "CaseDiscussed"), ("usefulness", "4"));

        Assert.Contains("Gedaan deze week: casus besproken · nut 4/5", answer, StringComparison.Ordinal);
        Assert.Single(duo.CardUpdates());
        var requests = storage.Requests;
        Assert.Empty(requests.Where(r => r.IsPointRead).GroupBy(r => r.Path).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(["GET", "POST"], requests.Where(r => r.IsFor(StorageTables.DuoWeeksName)).Select(r => r.Method));
        // Planned (already there from the reminder), held, and both partners as participants: two table transactions,
        // the second without the planned fact the first was refused for (were four inserts, one of them refused).
        Assert.DoesNotContain(requests, r => r.Method == "POST" && r.IsFor(StorageTables.TeamWeekFactsName));
        Assert.Equal(2, requests.Count(r => r.IsTransaction));
        Assert.DoesNotContain(requests, r => r.IsPointRead && r.IsFor(StorageTables.TeamWeekFactsName)); // the week's salt, read when the reminder went out
        // The duo's two member rows, not the whole team's.
        Assert.DoesNotContain(requests, r => r.Method == "GET" && !r.IsPointRead && r.IsFor(StorageTables.MembersName));
    }

    // Her zone is stored in the background on the first message an instance sees from her (MemberTimeZoneJob, its
    // own unit of work); sent before, so what is counted is the check-in's turn alone.
    private async Task SayHelloFromAmsterdamAsync((string Id, string Name, string Aad, string Role) who)
    {
        var message = TestActivities.PersonalMessageFrom(host.ServiceUrl, "help", "hello-" + who.Aad, who.Id, who.Aad, "Europe/Amsterdam");
        Assert.True((await host.PostAsync(message)).IsSuccessStatusCode);
    }
}
