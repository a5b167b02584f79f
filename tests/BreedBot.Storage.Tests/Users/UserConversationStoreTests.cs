using BreedBot.Domain.Teams;
using BreedBot.Storage.Users;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Users;

[Collection(SharedAzurite.Name)]
public class UserConversationStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string User = "00000000-0000-0000-0000-0000000000aa";
    private static readonly ConversationAddress Chat = new("https://smba.trafficmanager.net/emea/", "a:1xyz", "28:bot");

    [Fact]
    public async Task RecordInstallAsync_ConcurrentDeliveries_ExactlyOneIsNew()
    {
        var store = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.RecordInstallAsync(Tenant, User, Chat, CancellationToken.None)));

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(Chat, (await store.GetAsync(Tenant, User, CancellationToken.None))!.Chat);
    }

    [Fact]
    public async Task RecordInstallAsync_AfterRemoval_IsNewAgain()
    {
        var store = await CreateAsync();
        Assert.True(await store.RecordInstallAsync(Tenant, User, Chat, CancellationToken.None));
        await store.RecordRemovalAsync(Tenant, User, CancellationToken.None);

        Assert.Equal(InstallationStatus.Uninstalled, (await store.GetAsync(Tenant, User, CancellationToken.None))!.Status);
        Assert.True(await store.RecordInstallAsync(Tenant, User, Chat, CancellationToken.None));
    }

    [Fact]
    public async Task RecordInstallAsync_NewServiceUrl_UpdatesAddressWithoutNewWelcome()
    {
        var store = await CreateAsync();
        await store.RecordInstallAsync(Tenant, User, Chat, CancellationToken.None);
        var moved = Chat with { ServiceUrl = "https://smba.trafficmanager.net/amer/" };

        Assert.False(await store.RecordInstallAsync(Tenant, User, moved, CancellationToken.None));
        Assert.Equal(moved, (await store.GetAsync(Tenant, User, CancellationToken.None))!.Chat);
    }

    [Fact]
    public async Task RecordInstallAsync_LocaleGivenThenNot_KeepsTheLocaleKnown()
    {
        var store = await CreateAsync();
        await store.RecordInstallAsync(Tenant, User, Chat, "en-US", CancellationToken.None);

        // The send worker records a chat it created without a locale: what was known stays.
        await store.RecordInstallAsync(Tenant, User, Chat with { ConversationId = "a:1new" }, CancellationToken.None);

        var chat = await store.GetAsync(Tenant, User, CancellationToken.None);
        Assert.Equal(("en-US", "a:1new"), (chat!.Locale, chat.Chat.ConversationId));
    }

    private async Task<UserConversationStore> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return new UserConversationStore(ctx.Tables, ctx.Time);
    }
}
