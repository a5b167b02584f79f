using Azure.Data.Tables;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Teams;

/// <summary>The team's rhythm and quiet weeks on its row, and rows written before they existed.</summary>
[Collection(SharedAzurite.Name)]
public class TeamRhythmStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string TeamId = "19:rhythm@thread.tacv2";
    private static readonly ConversationAddress Channel = new("https://smba.trafficmanager.net/emea/", "19:rhythm@thread.tacv2", "28:bot");
    private static readonly QuietPeriod Christmas = new("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3));

    [Fact]
    public async Task GetAsync_RowFromBeforeRhythmAndQuietWeeks_ReadsAsEveryWeekWithoutQuietWeeks()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        // Exactly the columns an earlier version wrote: no Rhythm, no QuietWeeks.
        await ctx.Tables.Teams.AddEntityAsync(new TableEntity(Tenant, "19:old@thread.tacv2")
        {
            ["TenantId"] = Tenant,
            ["TeamId"] = "19:old@thread.tacv2",
            ["ServiceUrl"] = Channel.ServiceUrl,
            ["ChannelConversationId"] = "19:old@thread.tacv2",
            ["BotId"] = Channel.BotId,
            ["Status"] = "Installed",
            ["StatusChangedAt"] = DateTimeOffset.UnixEpoch,
            ["SummaryDay"] = "Thursday",
        });

        var team = await new TeamStore(ctx.Tables, ctx.Time).GetAsync(Tenant, "19:old@thread.tacv2", CancellationToken.None);

        Assert.Equal(DuoRhythm.EveryWeek, team!.Settings.Rhythm);
        Assert.Empty(team.QuietPeriods);
        Assert.Equal(DayOfWeek.Thursday, team.Settings.SummaryDay);
    }

    [Theory]
    [InlineData("Monthly")]
    [InlineData("7")]
    public async Task GetAsync_RhythmColumnThatDoesNotRead_IsEveryWeek(string stored)
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new TeamStore(ctx.Tables, ctx.Time);
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        var row = (await ctx.Tables.Teams.GetEntityAsync<TableEntity>(Tenant, TeamId)).Value;
        row["Rhythm"] = stored;
        row["QuietWeeks"] = "not json";
        await ctx.Tables.Teams.UpdateEntityAsync(row, row.ETag);

        var team = await store.GetAsync(Tenant, TeamId, CancellationToken.None);

        Assert.Equal(DuoRhythm.EveryWeek, team!.Settings.Rhythm);
        Assert.Empty(team.QuietPeriods);
    }

    [Fact]
    public async Task TryReplaceSettingsAsync_EveryTwoWeeks_RoundTripsAndKeepsTheQuietWeeks()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new TeamStore(ctx.Tables, ctx.Time);
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        Assert.True(await store.TryReplaceQuietPeriodsAsync((await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!, [Christmas], [], CancellationToken.None));
        var read = (await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!;

        var state = new TeamSettingsState(read.Team.Settings with { Rhythm = DuoRhythm.EveryTwoWeeks }, read.Team.RotationWeeks);
        Assert.True(await store.TryReplaceSettingsAsync(read, state, [], CancellationToken.None));

        var team = await store.GetAsync(Tenant, TeamId, CancellationToken.None);
        Assert.Equal(DuoRhythm.EveryTwoWeeks, team!.Settings.Rhythm);
        Assert.Equal([Christmas], team.QuietPeriods);
    }

    [Fact]
    public async Task TryReplaceQuietPeriodsAsync_PeriodsAndTheirRecord_StoredInOneWrite()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new TeamStore(ctx.Tables, ctx.Time);
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        var read = (await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!;
        var spring = new QuietPeriod("voorjaarsvakantie", new DateOnly(2027, 2, 13), new DateOnly(2027, 2, 21));
        var record = new SettingsAuditEntry("aad-owner", ctx.Time.GetUtcNow(), new SettingChange(SettingField.QuietWeeks, "", QuietPeriodRules.Describe(spring)));

        Assert.True(await store.TryReplaceQuietPeriodsAsync(read, [Christmas, spring], [record], CancellationToken.None));

        var again = (await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!;
        Assert.Equal([Christmas, spring], again.Team.QuietPeriods);
        Assert.Equal([record], again.Pending);
    }

    [Fact]
    public async Task TryReplaceQuietPeriodsAsync_RowChangedSinceItWasRead_IsRefusedAndNothingIsLost()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new TeamStore(ctx.Tables, ctx.Time);
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        var stale = (await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!;
        Assert.True(await store.TryReplaceQuietPeriodsAsync((await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!, [Christmas], [], CancellationToken.None));

        Assert.False(await store.TryReplaceQuietPeriodsAsync(stale, [], [], CancellationToken.None));

        Assert.Equal([Christmas], (await store.GetAsync(Tenant, TeamId, CancellationToken.None))!.QuietPeriods);
    }
}
