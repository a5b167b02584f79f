using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Storage.Retention;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Retention;

[Collection(SharedAzurite.Name)]
public class AgedReflectionsTests(AzuriteFixture azurite)
{
    // Ids with the characters keys must escape, to prove they come back as they went in.
    private const string Tenant = "tenant|a";
    private const string Author = "aad/ana";

    [Fact]
    public async Task ListAsync_MixOfAges_FindsOldUnfinishedAndOldFinishedOnly()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new ReflectionStore(ctx.Tables);
        var now = ctx.Time.GetUtcNow();
        await store.TryAddAsync(Open("open-old", now.AddDays(-20)), CancellationToken.None);
        await store.TryAddAsync(Open("open-new", now.AddDays(-2)), CancellationToken.None);
        await store.TryAddAsync(Finished("done-old", now.AddDays(-100), now.AddDays(-95)), CancellationToken.None);
        // Finished long ago, but a follow-up was answered last week: its last change counts.
        await store.TryAddAsync(Finished("done-touched", now.AddDays(-100), now.AddDays(-7)), CancellationToken.None);
        await store.TryAddAsync(Finished("done-new", now.AddDays(-10), now.AddDays(-10)), CancellationToken.None);

        var aged = await new AgedReflections(ctx.Tables).ListAsync(now.AddDays(-14), now.AddDays(-30), CancellationToken.None);

        Assert.Equal(["done-old", "open-old"], aged.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.All(aged, a => Assert.Equal((Tenant, Author), (a.TenantId, a.AuthorKey)));
        Assert.Equal(now.AddDays(-95), aged.Single(a => a.Id == "done-old").CountsFrom);
        Assert.False(aged.Single(a => a.Id == "open-old").Completed);
    }

    [Fact]
    public async Task DeleteAsync_AnAgedReflection_IsGoneAndASecondDeleteIsHarmless()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new ReflectionStore(ctx.Tables);
        var now = ctx.Time.GetUtcNow();
        await store.TryAddAsync(Open("open-old", now.AddDays(-20)), CancellationToken.None);
        var aged = new AgedReflections(ctx.Tables);
        var found = Assert.Single(await aged.ListAsync(now.AddDays(-14), now.AddDays(-30), CancellationToken.None));

        await aged.DeleteAsync(found, CancellationToken.None);
        await aged.DeleteAsync(found, CancellationToken.None);
        Assert.Empty(await store.ListAsync(Tenant, Author, CancellationToken.None));
    }

    private static Reflection Open(string id, DateTimeOffset started) =>
        new(Tenant, Author, id, started, started, 1, ReflectionStep.Discomfort);

    private static Reflection Finished(string id, DateTimeOffset started, DateTimeOffset lastChange) =>
        new(Tenant, Author, id, started, lastChange, 9, ReflectionStep.Done) { CompletedAt = started.AddHours(1) };
}
