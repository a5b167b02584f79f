using BreedBot.Domain.Settings;
using BreedBot.Storage.Settings;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Settings;

[Collection(SharedAzurite.Name)]
public class SettingsAuditStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string TeamId = "19:audit@thread.tacv2";
    private static readonly DateTimeOffset Monday = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListRecentAsync_TwoSubmits_NewestFirstInSubmitOrder()
    {
        var store = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, "aad-alex", Monday, [new(SettingField.Paused, "false", "true")], CancellationToken.None);
        await store.RecordAsync(Tenant, TeamId, "aad-cas", Monday.AddHours(1),
            [new(SettingField.Rotation, "8", "6"), new(SettingField.Paused, "true", "false")], CancellationToken.None);

        var recent = await store.ListRecentAsync(Tenant, TeamId, 10, CancellationToken.None);

        Assert.Equal(
            [
                new SettingsAuditEntry("aad-cas", Monday.AddHours(1), new(SettingField.Rotation, "8", "6")),
                new SettingsAuditEntry("aad-cas", Monday.AddHours(1), new(SettingField.Paused, "true", "false")),
                new SettingsAuditEntry("aad-alex", Monday, new(SettingField.Paused, "false", "true")),
            ],
            recent);
        Assert.Equal(2, (await store.ListRecentAsync(Tenant, TeamId, 2, CancellationToken.None)).Count);
        Assert.Empty(await store.ListRecentAsync(Tenant, "19:other@thread.tacv2", 10, CancellationToken.None));
    }

    [Fact]
    public async Task AnonymiseAsync_PersonAsActorAndAsChosenValue_KeepsTheChangesWithoutTheKey()
    {
        var store = await CreateAsync();
        await store.RecordAsync(Tenant, TeamId, "aad-alex", Monday, [new(SettingField.Aandachtsfunctionaris, "", "aad-bo")], CancellationToken.None);
        await store.RecordAsync(Tenant, TeamId, "aad-bo", Monday.AddHours(1), [new(SettingField.Aandachtsfunctionaris, "aad-bo", "")], CancellationToken.None);
        await store.RecordAsync(Tenant, TeamId, "aad-alex", Monday.AddHours(2), [new(SettingField.MixRoles, "true", "false")], CancellationToken.None);

        Assert.Equal(2, (await store.ListNamingAsync(Tenant, TeamId, "aad-bo", CancellationToken.None)).Count);
        Assert.Equal(2, await store.AnonymiseAsync(Tenant, TeamId, "aad-bo", CancellationToken.None));
        Assert.Equal(0, await store.AnonymiseAsync(Tenant, TeamId, "aad-bo", CancellationToken.None));

        var recent = await store.ListRecentAsync(Tenant, TeamId, 10, CancellationToken.None);
        Assert.Equal(3, recent.Count);
        Assert.Equal(SettingsAuditEntry.ErasedKey, recent[1].ActorKey);
        Assert.Equal(new SettingChange(SettingField.Aandachtsfunctionaris, SettingsAuditEntry.ErasedKey, ""), recent[1].Change);
        Assert.Equal(new SettingChange(SettingField.Aandachtsfunctionaris, "", SettingsAuditEntry.ErasedKey), recent[2].Change);
        Assert.Equal("aad-alex", recent[2].ActorKey);
        Assert.Empty(await store.ListNamingAsync(Tenant, TeamId, "aad-bo", CancellationToken.None));
    }

    private async Task<SettingsAuditStore> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return new SettingsAuditStore(ctx.Tables);
    }
}
