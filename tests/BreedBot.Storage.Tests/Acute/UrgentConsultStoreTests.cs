using BreedBot.Domain.Acute;
using BreedBot.Storage.Acute;
using BreedBot.Storage.Retention;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Acute;

[Collection(SharedAzurite.Name)]
public class UrgentConsultStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Requester = "aad-alex";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset At = new(2027, 2, 15, 13, 2, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryStartAsync_ConcurrentPresses_StartExactlyOneConsult()
    {
        var (store, _) = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            store.TryStartAsync(new UrgentConsultRequest(Tenant, Requester, $"c{i}", At), Window, CancellationToken.None)));

        var started = Assert.Single(results, r => r.Started);
        Assert.All(results, r => Assert.Equal(started.Request.ConsultId, r.Request.ConsultId));
        Assert.Equal(started.Request, await store.GetAsync(Tenant, Requester, CancellationToken.None));
    }

    [Fact]
    public async Task TryStartAsync_WithinTheWindow_ReturnsTheEarlierConsultAndWritesNothing()
    {
        var (store, _) = await CreateAsync();
        await store.TryStartAsync(new UrgentConsultRequest(Tenant, Requester, "first", At), Window, CancellationToken.None);

        var again = await store.TryStartAsync(new UrgentConsultRequest(Tenant, Requester, "second", At.AddMinutes(9)), Window, CancellationToken.None);

        Assert.False(again.Started);
        Assert.Equal("first", again.Request.ConsultId);
        Assert.Equal("first", (await store.GetAsync(Tenant, Requester, CancellationToken.None))!.ConsultId);
    }

    [Fact]
    public async Task TryStartAsync_AfterTheWindow_StartsANewConsult()
    {
        var (store, _) = await CreateAsync();
        await store.TryStartAsync(new UrgentConsultRequest(Tenant, Requester, "first", At), Window, CancellationToken.None);

        var again = await store.TryStartAsync(new UrgentConsultRequest(Tenant, Requester, "second", At.AddMinutes(10)), Window, CancellationToken.None);

        Assert.True(again.Started);
        Assert.Equal("second", (await store.GetAsync(Tenant, Requester, CancellationToken.None))!.ConsultId);
    }

    [Fact]
    public async Task EraseAsync_AndRetention_LeaveNoRow()
    {
        var (store, ctx) = await CreateAsync();
        await store.TryStartAsync(new UrgentConsultRequest(Tenant, Requester, "first", At), Window, CancellationToken.None);
        await store.TryStartAsync(new UrgentConsultRequest(Tenant, "aad-sam", "other", At.AddDays(1)), Window, CancellationToken.None);

        await store.EraseAsync(Tenant, Requester, CancellationToken.None);
        await store.EraseAsync(Tenant, Requester, CancellationToken.None);
        var swept = await new ExpiredRows(ctx.Tables).DeleteUrgentConsultsAsync(At.AddDays(2), CancellationToken.None);

        Assert.Null(await store.GetAsync(Tenant, Requester, CancellationToken.None));
        Assert.Equal(1, swept);
        Assert.Null(await store.GetAsync(Tenant, "aad-sam", CancellationToken.None));
    }

    private async Task<(UrgentConsultStore Store, StorageTestContext Context)> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return (new UrgentConsultStore(ctx.Tables), ctx);
    }
}
