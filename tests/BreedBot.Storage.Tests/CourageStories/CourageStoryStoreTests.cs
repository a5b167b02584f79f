using BreedBot.Domain.CourageStories;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.CourageStories;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.CourageStories;

[Collection(SharedAzurite.Name)]
public class CourageStoryStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string TeamId = "19:moed@thread.tacv2";
    private static readonly IsoWeek Week = new(2027, 7);
    private static readonly DateTimeOffset Now = new(2027, 2, 19, 14, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task TakeForSummary_Twice_SameStoriesAndAuthorKeyCleared()
    {
        var store = await CreateAsync();
        await store.AddAsync(Story("a", "aad-1", Now.AddDays(-2)), Ct);
        await store.AddAsync(Story("b", "aad-2", Now.AddDays(-1)), Ct);

        var first = await store.TakeForSummaryAsync(Tenant, TeamId, Week, Now, Ct);
        var retry = await store.TakeForSummaryAsync(Tenant, TeamId, Week, Now.AddMinutes(5), Ct);

        Assert.Equal(["a", "b"], first.Select(s => s.Id));
        Assert.Equal(["a", "b"], retry.Select(s => s.Id));
        Assert.All(await store.ListAsync(Tenant, TeamId, Ct), s => Assert.Null(s.AuthorKey));
        Assert.Empty(await store.ListByAuthorAsync(Tenant, TeamId, "aad-1", Ct));
    }

    [Fact]
    public async Task Withdraw_AfterTheSummaryTookIt_FalseAndTheStoryStays()
    {
        var store = await CreateAsync();
        await store.AddAsync(Story("a", "aad-1", Now.AddDays(-1)), Ct);
        await store.TakeForSummaryAsync(Tenant, TeamId, Week, Now, Ct);

        Assert.False(await store.WithdrawAsync(Tenant, TeamId, "a", "aad-1", Ct));
        Assert.Single(await store.ListAsync(Tenant, TeamId, Ct));
    }

    [Fact]
    public async Task Withdraw_SomeoneElsesStory_FalseAndKept()
    {
        var store = await CreateAsync();
        await store.AddAsync(Story("a", "aad-1", Now.AddDays(-1)), Ct);

        Assert.False(await store.WithdrawAsync(Tenant, TeamId, "a", "aad-2", Ct));
        Assert.True(await store.WithdrawAsync(Tenant, TeamId, "a", "aad-1", Ct));
        Assert.Empty(await store.ListAsync(Tenant, TeamId, Ct));
    }

    [Fact]
    public async Task TakeForSummary_NextWeek_DeletesLastWeeksAndTakesTheWaiting()
    {
        var store = await CreateAsync();
        await store.AddAsync(Story("a", "aad-1", Now.AddDays(-1)), Ct);
        await store.TakeForSummaryAsync(Tenant, TeamId, Week, Now, Ct);
        await store.AddAsync(Story("b", "aad-2", Now.AddDays(1)), Ct);

        var next = await store.TakeForSummaryAsync(Tenant, TeamId, Week.AddWeeks(1), Now.AddDays(7), Ct);

        Assert.Equal(["b"], next.Select(s => s.Id));
        Assert.Equal(["b"], (await store.ListAsync(Tenant, TeamId, Ct)).Select(s => s.Id));
    }

    private static CourageStory Story(string id, string author, DateTimeOffset at) => new(Tenant, TeamId, id, "verhaal " + id, author, at);

    private async Task<CourageStoryStore> CreateAsync()
    {
        var context = await new StorageTestContext(azurite).InitializeAsync();
        return new CourageStoryStore(context.Tables);
    }
}
