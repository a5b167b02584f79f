using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Reflections;

/// <summary>Kind-oudergeweld was "Ouder(mis)handeling door kinderen": reflections stored then keep their form.</summary>
[Collection(SharedAzurite.Name)]
public class StoredViolenceFormTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetAsync_FormStoredUnderItsFirstName_ReadsAsKindOudergeweld()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new ReflectionStore(ctx.Tables);
        var start = ReflectionFlow.Start("tenant-a", "author", "r1", Now);
        await store.TryAddAsync(start, CancellationToken.None);
        var read = (await store.GetAsync("tenant-a", "author", "r1", CancellationToken.None))!;
        await store.TryReplaceAsync(read, start with { Casus = new CasusAnswer("casus A", ViolenceForm.AbuseOfParents, TriState.No) }, null, null, CancellationToken.None);

        var row = (await ctx.Tables.Reflections.GetEntityAsync<Azure.Data.Tables.TableEntity>(read.Reflection.TenantId + "|author", "r1")).Value;
        Assert.Contains("\"AbuseOfParents\"", row.GetString("Document"), StringComparison.Ordinal);

        var back = (await store.GetAsync("tenant-a", "author", "r1", CancellationToken.None))!;
        Assert.Equal(ViolenceForm.AbuseOfParents, back.Reflection.Casus!.Form);
    }
}
