using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Teams;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Summaries;

/// <summary>
/// The weekly summary the scheduler posts by itself: at the team's day and time in its zone, once
/// per week across passes and instances, never for a paused team, late the same local day only.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ScheduledSummaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string SummaryPreview = "BreedBot: weekoverzicht";

    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
    ];

    // Friday 19 February 2027, 15:00 in Amsterdam (winter time, UTC+1): the default day and time.
    private static readonly DateTimeOffset Friday = new(2027, 2, 19, 14, 0, 0, TimeSpan.Zero);

    // Every pass is run by the test itself, so what it asserts on cannot race the loop.
    private static readonly Dictionary<string, string?> NoSchedulerLoop = new() { ["Scheduler:RunLoop"] = "false" };

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, NoSchedulerLoop);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@noord.example", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        // The invitations: sent now, so each count below is of the summary alone.
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private SchedulerJob Job => host.Services.GetRequiredService<SchedulerJob>();

    [Fact]
    public async Task Scheduler_AtFridayThreePm_PostsOneSummaryInTheChannel()
    {
        await RecordWeekAsync(new IsoWeek(2027, 7));

        await AtAsync(Friday.AddMinutes(-1));
        Assert.Equal(0, await host.SendQueuedAsync());

        await AtAsync(Friday.AddMinutes(1));
        await AtAsync(Friday.AddMinutes(2));
        await AtAsync(Friday.AddHours(3));

        Assert.Equal(1, await host.SendQueuedAsync());
        var post = Assert.Single(Posts());
        Assert.Equal($"/v3/conversations/{TestActivities.TeamId}/activities", post.Path);
        var card = post.Json!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Week 7, 2027", card, StringComparison.Ordinal);
        Assert.Contains("Duopartners spraken elkaar deze week drie keer.", card, StringComparison.Ordinal);
        foreach (var person in Roster)
        {
            Assert.DoesNotContain(person.Name.Split(' ')[0], card, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Aad, card, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Id, card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Scheduler_TwoInstancesAtTheSameMoment_OnePost()
    {
        await using var second = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>(NoSchedulerLoop) { ["Storage:TablePrefix"] = host.TablePrefix });
        host.Time.SetUtcNow(Friday.AddMinutes(1));
        second.Time.SetUtcNow(Friday.AddMinutes(1));

        await Task.WhenAll(
            Job.RunOnceAsync(Friday.AddMinutes(1), CancellationToken.None),
            second.Services.GetRequiredService<SchedulerJob>().RunOnceAsync(Friday.AddMinutes(1), CancellationToken.None));

        Assert.Equal(1, await host.SendQueuedAsync() + await second.SendQueuedAsync());
        Assert.Single(Posts());
    }

    [Theory]
    [InlineData("2027-03-26T14:00:00Z")] // the Friday before summer time: 15:00 is UTC+1
    [InlineData("2027-04-02T13:00:00Z")] // the Friday after: 15:00 is UTC+2
    [InlineData("2027-10-29T13:00:00Z")] // the Friday before winter time
    [InlineData("2027-11-05T14:00:00Z")] // the Friday after
    public async Task Scheduler_AroundDaylightSaving_PostsAtThreePmLocalTime(string fridayThreePm)
    {
        var due = DateTimeOffset.Parse(fridayThreePm, System.Globalization.CultureInfo.InvariantCulture);

        await AtAsync(due.AddMinutes(-1));
        Assert.Equal(0, await host.SendQueuedAsync());
        await AtAsync(due.AddMinutes(1));

        Assert.Equal(1, await host.SendQueuedAsync());
    }

    [Fact]
    public async Task Scheduler_OwnDayTimeAndZone_PostsThenInThatZone()
    {
        await host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(
            TestActivities.Tenant, TestActivities.TeamId,
            s => s with { SummaryDay = DayOfWeek.Monday, SummaryTime = new TimeOnly(9, 0), TimeZoneId = "Europe/London" },
            CancellationToken.None);
        var mondayNineLondon = new DateTimeOffset(2027, 2, 22, 9, 0, 0, TimeSpan.Zero);

        await AtAsync(Friday.AddMinutes(1));
        await AtAsync(mondayNineLondon.AddMinutes(-1));
        Assert.Equal(0, await host.SendQueuedAsync());
        await AtAsync(mondayNineLondon.AddMinutes(1));

        Assert.Equal(1, await host.SendQueuedAsync());
    }

    [Fact]
    public async Task Scheduler_TeamPaused_NoSummary()
    {
        await host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(TestActivities.Tenant, TestActivities.TeamId, s => s with { Paused = true }, CancellationToken.None);

        await AtAsync(Friday.AddMinutes(1));
        await AtAsync(Friday.AddHours(2));

        Assert.Equal(0, await host.SendQueuedAsync());
        Assert.Empty(Posts());
    }

    [Fact]
    public async Task Scheduler_BackLaterTheSameEvening_PostsLateOnce()
    {
        await AtAsync(Friday.AddHours(8)); // 23:00 in Amsterdam: the host was down since before 15:00
        await AtAsync(Friday.AddHours(8).AddMinutes(1));

        Assert.Equal(1, await host.SendQueuedAsync());
    }

    [Fact]
    public async Task Scheduler_BackOnlyTheNextDay_DropsThatWeeksSummaryAndPostsTheNextWeek()
    {
        await AtAsync(Friday.AddHours(10)); // 01:00 on Saturday in Amsterdam

        Assert.Equal(0, await host.SendQueuedAsync());

        await AtAsync(Friday.AddDays(7).AddMinutes(1));
        Assert.Equal(1, await host.SendQueuedAsync());
    }

    [Fact]
    public async Task Overzicht_OnDemandBeforeTheScheduledTime_ScheduledSummaryStillPosted()
    {
        await AtAsync(Friday.AddHours(-2));
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "overzicht", id: "sum-early"));
        await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-early", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        await AtAsync(Friday.AddMinutes(1));

        Assert.Equal(1, await host.SendQueuedAsync());
        Assert.Equal(2, Posts().Count);
    }

    private List<RecordedRequest> Posts() =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == SummaryPreview)];

    private async Task AtAsync(DateTimeOffset instant)
    {
        host.Time.SetUtcNow(instant);
        await Job.RunOnceAsync(instant, CancellationToken.None);
    }

    private async Task RecordWeekAsync(IsoWeek week)
    {
        var store = host.Services.GetRequiredService<TeamWeekFactStore>();
        var keys = Roster.Select(p => p.Aad).Append("aad-third").ToArray();
        for (var i = 0; i < 4; i++)
        {
            await store.RecordAsync(TestActivities.Tenant, TestActivities.TeamId, week, new DuoMomentPlanned($"p{i}"), CancellationToken.None);
        }

        for (var i = 0; i < 3; i++)
        {
            await store.RecordAsync(TestActivities.Tenant, TestActivities.TeamId, week, new DuoMomentHeld($"h{i}", [DuoActivity.CaseDiscussed], 4), keys, CancellationToken.None);
        }
    }
}
