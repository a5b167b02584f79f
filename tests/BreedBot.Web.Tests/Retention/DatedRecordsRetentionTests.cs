using BreedBot.Domain.CourageStories;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Settings;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.CourageStories;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Reflections;
using BreedBot.Storage.Settings;
using BreedBot.Testing;
using BreedBot.Web.Retention;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Retention;

/// <summary>Delivery records go after 30 days, a duo's weeks (check-ins) after 400, as configured in the host.</summary>
[Collection(SharedAzurite.Name)]
public sealed class DatedRecordsRetentionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Advancing the fake clock would also fire the host's own scheduler, whose daily retention run
    // would race the rule the test applies; the test runs the rule itself.
    private static readonly Dictionary<string, string?> NoSchedulerLoop = new() { ["Scheduler:RunLoop"] = "false" };

    private const string Week = "2027-W07";
    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString, NoSchedulerLoop);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData(29, true)]
    [InlineData(31, false)]
    public async Task ApplyAsync_DeliveryRecord_GoesAfterThirtyDays(int daysLater, bool kept)
    {
        var deliveries = host.Services.GetRequiredService<DeliveryStore>();
        var record = new DeliveryRecord(TestActivities.Tenant, TestActivities.TeamId, Week, "reminder/1", TestActivities.UserAad, "reminder", DeliveryOutcome.Sending, default);
        await deliveries.ClaimAsync(record, "worker", TimeSpan.FromMinutes(1), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(daysLater));

        await RunAsync();

        Assert.Equal(kept, (await deliveries.ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, Week, CancellationToken.None)).Count == 1);
    }

    [Theory]
    [InlineData(23, true)]
    [InlineData(25, false)]
    public async Task ApplyAsync_UrgentConsult_GoesAfterADay(int hoursLater, bool kept)
    {
        var consults = host.Services.GetRequiredService<BreedBot.Storage.Acute.UrgentConsultStore>();
        await consults.TryStartAsync(new BreedBot.Domain.Acute.UrgentConsultRequest(TestActivities.Tenant, TestActivities.UserAad, "c1", host.Time.GetUtcNow()), TimeSpan.FromMinutes(10), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromHours(hoursLater));

        await RunAsync();

        Assert.Equal(kept, await consults.GetAsync(TestActivities.Tenant, TestActivities.UserAad, CancellationToken.None) is not null);
    }

    [Theory]
    [InlineData(390, true)]
    [InlineData(410, false)]
    public async Task ApplyAsync_CheckIn_GoesAfterFourHundredDays(int daysLater, bool kept)
    {
        var weeks = host.Services.GetRequiredService<DuoWeekStore>();
        var thisWeek = IsoWeek.Of(DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime));
        await weeks.ChangeAsync(TestActivities.Tenant, TestActivities.TeamId, thisWeek, "duo-1",
            w => (w with { CheckIn = new DuoCheckIn(DuoActivity.CaseDiscussed, 4, host.Time.GetUtcNow()) }, DuoWeekChange.Done), CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(daysLater));

        await RunAsync();

        Assert.Equal(kept, await weeks.GetAsync(TestActivities.Tenant, TestActivities.TeamId, thisWeek, "duo-1", CancellationToken.None) is not null);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(31, false)]
    public async Task ApplyAsync_CourageStoryNeverPosted_GoesAfterThirtyDays(int daysLater, bool kept)
    {
        var stories = host.Services.GetRequiredService<CourageStoryStore>();
        var story = new CourageStory(TestActivities.Tenant, TestActivities.TeamId, "story-1", "We belden samen Veilig Thuis.", TestActivities.UserAad, host.Time.GetUtcNow());
        Assert.True(await stories.AddAsync(story, CancellationToken.None));
        host.Time.Advance(TimeSpan.FromDays(daysLater));

        await RunAsync();

        Assert.Equal(kept, (await stories.ListAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None)).Count == 1);
    }

    [Theory]
    [InlineData(390, true)]
    [InlineData(410, false)]
    public async Task ApplyAsync_SettingsChange_GoesAfterFourHundredDays(int daysLater, bool kept)
    {
        var audit = host.Services.GetRequiredService<SettingsAuditStore>();
        await audit.RecordAsync(TestActivities.Tenant, TestActivities.TeamId, TestActivities.UserAad, host.Time.GetUtcNow(),
            [new SettingChange(SettingField.SummaryTime, "15:00", "14:00")], CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(daysLater));

        await RunAsync();

        Assert.Equal(kept, (await audit.ListRecentAsync(TestActivities.Tenant, TestActivities.TeamId, 10, CancellationToken.None)).Count == 1);
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(32, false)]
    public async Task ApplyAsync_DueDateLeftBehind_GoesAfterThirtyDays(int daysLater, bool kept)
    {
        var dues = host.Services.GetRequiredService<ReflectionDueStore>();
        var due = new ReflectionDue(ReflectionDueKind.FollowUp, TestActivities.Tenant, TestActivities.UserAad, "refl-1", 0, host.Time.GetUtcNow());
        await dues.AddAsync(due, CancellationToken.None);
        host.Time.Advance(TimeSpan.FromDays(daysLater));

        await RunAsync();

        Assert.Equal(kept, await dues.FindAsync(due.Kind, due.TenantId, due.ReflectionId, due.Round, due.DueAt, CancellationToken.None) is not null);
    }

    private async Task<int> RunAsync()
    {
        using var scope = host.Services.CreateScope();
        var rule = scope.ServiceProvider.GetServices<IRetentionRule>().OfType<DatedRecordsRetention>().Single();
        return await rule.ApplyAsync(host.Time.GetUtcNow(), CancellationToken.None);
    }
}
