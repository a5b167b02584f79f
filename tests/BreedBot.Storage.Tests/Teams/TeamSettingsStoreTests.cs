using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Teams;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Teams;

[Collection(SharedAzurite.Name)]
public class TeamSettingsStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string TeamId = "19:settings@thread.tacv2";
    private static readonly ConversationAddress Channel = new("https://smba.trafficmanager.net/emea/", "19:settings@thread.tacv2", "28:bot");

    [Fact]
    public async Task GetAsync_FreshTeam_HasTheDefaultSettings()
    {
        var store = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);

        var stored = await store.GetAsync(Tenant, TeamId, CancellationToken.None);

        Assert.Equal(TeamSettings.Default, stored!.Settings);
        Assert.Equal("Europe/Amsterdam", stored.Settings.TimeZoneId);
        Assert.Equal(DayOfWeek.Friday, stored.Settings.SummaryDay);
        Assert.Equal(new TimeOnly(15, 0), stored.Settings.SummaryTime);
    }

    [Fact]
    public async Task UpdateSettingsAsync_EveryField_RoundTripsAndSurvivesAReinstall()
    {
        var store = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        var wanted = new TeamSettings
        {
            TimeZoneId = "Europe/London",
            SummaryDay = DayOfWeek.Thursday,
            SummaryTime = new TimeOnly(9, 30),
            AandachtsfunctionarisKey = "aad-ana",
            MixRoles = false,
            RetentionDays = 60,
            Paused = true,
        };

        Assert.True(await store.UpdateSettingsAsync(Tenant, TeamId, _ => wanted, CancellationToken.None));
        await store.RecordInstallAsync(Tenant, TeamId, "Team renamed", null, Channel, CancellationToken.None);

        Assert.Equal(wanted, (await store.GetAsync(Tenant, TeamId, CancellationToken.None))!.Settings);
    }

    [Fact]
    public async Task UpdateSettingsAsync_UnknownTeam_ReturnsFalse()
    {
        var store = await CreateAsync();

        Assert.False(await store.UpdateSettingsAsync(Tenant, "19:nobody@thread.tacv2", s => s with { Paused = true }, CancellationToken.None));
    }

    [Fact]
    public async Task ReplaceSettingsAsync_NewState_StoresSettingsAndRotationAndReturnsThePreviousState()
    {
        var store = await CreateAsync();
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        var wanted = new TeamSettingsState(TeamSettings.Default with { Paused = true, AandachtsfunctionarisKey = "aad-bo" }, 12);

        var before = await store.ReplaceSettingsAsync(Tenant, TeamId, wanted, CancellationToken.None);
        var again = await store.ReplaceSettingsAsync(Tenant, TeamId, wanted, CancellationToken.None);

        Assert.Equal(new TeamSettingsState(TeamSettings.Default, RotationInterval.DefaultWeeks), before);
        Assert.Equal(wanted, again);
        var stored = await store.GetAsync(Tenant, TeamId, CancellationToken.None);
        Assert.Equal(wanted, TeamSettingsState.Of(stored!));
    }

    [Fact]
    public async Task ReplaceSettingsAsync_UnknownTeam_ReturnsNull()
    {
        var store = await CreateAsync();

        Assert.Null(await store.ReplaceSettingsAsync(Tenant, "19:nobody@thread.tacv2", new TeamSettingsState(TeamSettings.Default, 8), CancellationToken.None));
    }

    private async Task<TeamStore> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return new TeamStore(ctx.Tables, ctx.Time);
    }

    [Fact]
    public async Task TryReplaceSettingsAsync_ThenAReinstall_TheRecordOfTheChangeIsKeptUntilCopied()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new TeamStore(ctx.Tables, ctx.Time);
        await store.RecordInstallAsync(Tenant, TeamId, "Team", null, Channel, CancellationToken.None);
        var read = await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None);
        var wanted = TeamSettingsState.Of(read!.Team) with { RotationWeeks = 12 };
        var change = new SettingsAuditEntry("aad-alex", ctx.Time.GetUtcNow(), new SettingChange(SettingField.Rotation, "8", "12"));

        Assert.True(await store.TryReplaceSettingsAsync(read, wanted, [change], CancellationToken.None));
        Assert.False(await store.TryReplaceSettingsAsync(read, wanted, [change], CancellationToken.None)); // the same read again: its ETag is stale
        await store.RecordInstallAsync(Tenant, TeamId, "Team renamed", null, Channel, CancellationToken.None);

        Assert.Equal([change], (await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!.Pending);
        var audit = new BreedBot.Storage.Settings.SettingsAuditStore(ctx.Tables);
        Assert.Equal(1, await audit.FlushPendingAsync(Tenant, TeamId, CancellationToken.None));
        Assert.Equal([change], await audit.ListRecentAsync(Tenant, TeamId, 10, CancellationToken.None));
        Assert.Empty((await store.ReadSettingsAsync(Tenant, TeamId, CancellationToken.None))!.Pending);
    }
}
