using Azure.Data.Tables;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Retention;
using BreedBot.Storage.Teams;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Retention;

[Collection(SharedAzurite.Name)]
public class TeamDataPurgeTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Gone = "19:abc@thread.tacv2";
    private const string LongerId = "19:abc@thread.tacv2x";
    private static readonly ConversationAddress Channel = new("https://smba.trafficmanager.net/emea/", "19:abc@thread.tacv2", "28:bot");

    [Fact]
    public async Task PurgeAsync_RemovedTeam_DeletesItsRowsInEveryTableAndNothingElse()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var teams = new TeamStore(ctx.Tables, ctx.Time);
        var members = new MemberStore(ctx.Tables, ctx.Time);
        foreach (var (tenant, team) in new[] { (Tenant, Gone), (Tenant, LongerId), ("tenant-b", Gone) })
        {
            await teams.RecordInstallAsync(tenant, team, "Team", null, Channel, CancellationToken.None);
            await members.EnsureInvitedAsync(tenant, team, "Team", "aad-ana", "29:ana", "Ana", null, CancellationToken.None);
            // A weekly partition of the team, like the ones later tables use ("tenant|team|week").
            await ctx.Tables.Duos.AddEntityAsync(new TableEntity($"{tenant}|{team}|2027-W07", "fact-1"));
        }

        var deleted = await new TeamDataPurge(ctx.Tables).PurgeAsync(Tenant, Gone, CancellationToken.None);

        Assert.Equal(4, deleted);
        var left = await AllRowsAsync(ctx.Tables);
        Assert.DoesNotContain(left, row => row.Contains($"{Tenant}|{Gone}|", StringComparison.Ordinal) && !row.Contains(LongerId, StringComparison.Ordinal));
        Assert.DoesNotContain($"{StorageTables.TeamsName}/{Tenant}/{Gone}", left);
        Assert.Contains($"{StorageTables.TeamsName}/{Tenant}/{LongerId}", left);
        Assert.Contains($"{StorageTables.TeamsName}/tenant-b/{Gone}", left);
        Assert.Contains($"{StorageTables.MembersName}/{Tenant}|{LongerId}/aad-ana", left);
        Assert.Contains($"{StorageTables.DuosName}/{Tenant}|{LongerId}|2027-W07/fact-1", left);
        Assert.Contains($"{StorageTables.MembershipsName}/{Tenant}|aad-ana/{LongerId}", left);
        Assert.DoesNotContain($"{StorageTables.MembershipsName}/{Tenant}|aad-ana/{Gone}", left);
        Assert.Equal(8, left.Count);
    }

    [Fact]
    public async Task PurgeAsync_RunTwice_SecondRunFindsNothing()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        await new TeamStore(ctx.Tables, ctx.Time).RecordInstallAsync(Tenant, Gone, "Team", null, Channel, CancellationToken.None);
        var purge = new TeamDataPurge(ctx.Tables);

        Assert.Equal(1, await purge.PurgeAsync(Tenant, Gone, CancellationToken.None));
        Assert.Equal(0, await purge.PurgeAsync(Tenant, Gone, CancellationToken.None));
    }

    private static async Task<List<string>> AllRowsAsync(StorageTables tables)
    {
        var rows = new List<string>();
        foreach (var (name, table) in StorageTables.All.Zip(tables.Each()))
        {
            await foreach (var row in table.QueryAsync<TableEntity>())
            {
                rows.Add($"{name}/{row.PartitionKey}/{row.RowKey}");
            }
        }

        return rows;
    }
}
