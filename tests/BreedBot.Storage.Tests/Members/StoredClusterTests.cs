using Azure.Data.Tables;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Storage.Members;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Members;

/// <summary>Members who joined when there were four groups keep theirs: the names stored then still read.</summary>
[Collection(SharedAzurite.Name)]
public class StoredClusterTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:noord@thread.tacv2";

    [Theory]
    [InlineData("SociaalWerk", Beroepscluster.SociaalWerk)]
    [InlineData("VerpleegkundigeVerzorgende", Beroepscluster.VerpleegkundigeVerzorgende)]
    [InlineData("Arts", Beroepscluster.Arts)]
    [InlineData("Anders", Beroepscluster.Anders)]
    public async Task GetAsync_ClusterStoredBeforeTheElevenGroups_ReadsAsThatGroup(string stored, Beroepscluster expected)
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new MemberStore(ctx.Tables, ctx.Time);
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None);
        var profile = new MemberProfile(MemberRole.Wijkteam, Beroepscluster.Ggz, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(9, 30)), null, []);
        await store.UpdateAsync(Tenant, Team, "me", (m, _) => m with { Status = MembershipStatus.Joined, Profile = profile }, CancellationToken.None);
        var row = await RowAsync(ctx.Tables.Members);

        row["Cluster"] = stored;
        await ctx.Tables.Members.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);

        var member = await store.GetAsync(Tenant, Team, "me", CancellationToken.None);
        Assert.Equal(expected, member!.Profile!.Cluster);
    }

    private static async Task<TableEntity> RowAsync(TableClient members)
    {
        await foreach (var entity in members.QueryAsync<TableEntity>(e => e.RowKey == "me"))
        {
            return entity;
        }

        throw new InvalidOperationException("no member row");
    }
}
