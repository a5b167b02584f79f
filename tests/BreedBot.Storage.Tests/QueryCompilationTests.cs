using System.Runtime;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Scheduling;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests;

/// <summary>
/// Queries on the request path must not compile code per call: the SDK's expression filters do
/// (a JIT compilation for every captured value), which the inbound benchmark showed as most of the
/// CPU of a turn that reads storage. Counted on this thread, over the part of the call that runs
/// before its first wait — where the filter is built.
/// </summary>
[Collection(SharedAzurite.Name)]
public class QueryCompilationTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";

    [Fact]
    public async Task ListTeamsOfAsync_AfterWarmUp_CompilesNothingPerCall()
    {
        var store = new MemberStore((await new StorageTestContext(azurite).InitializeAsync()).Tables, TimeProvider.System);

        var compiled = await CompiledWhileStartingAsync(key => store.ListTeamsOfAsync(Tenant, key, CancellationToken.None));

        Assert.Equal(0, compiled);
    }

    [Fact]
    public async Task ListTeamAsync_AfterWarmUp_CompilesNothingPerCall()
    {
        var store = new MemberStore((await new StorageTestContext(azurite).InitializeAsync()).Tables, TimeProvider.System);

        var compiled = await CompiledWhileStartingAsync(team => store.ListTeamAsync(Tenant, team, CancellationToken.None));

        Assert.Equal(0, compiled);
    }

    [Fact]
    public async Task EraseMemberAsync_AfterWarmUp_CompilesNothingPerCall()
    {
        var store = new DuoStore((await new StorageTestContext(azurite).InitializeAsync()).Tables);

        var compiled = await CompiledWhileStartingAsync(team => store.EraseMemberAsync(Tenant, team, "me", CancellationToken.None));

        Assert.Equal(0, compiled);
    }

    [Fact]
    public async Task OccurrenceClaimListAsync_AfterWarmUp_CompilesNothingPerCall()
    {
        var store = new OccurrenceClaimStore((await new StorageTestContext(azurite).InitializeAsync()).Tables);

        var compiled = await CompiledWhileStartingAsync(scope => store.ListAsync(new OccurrenceScope(Tenant, scope), new DateOnly(2027, 2, 15), CancellationToken.None));

        Assert.Equal(0, compiled);
    }

    [Fact]
    public async Task TeamWeekGetWeekAsync_AfterWarmUp_CompilesNothingPerCall()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        var store = new TeamWeekFactStore(ctx.Tables, ctx.Time);

        var compiled = await CompiledWhileStartingAsync(team => store.GetWeekAsync(Tenant, team, new IsoWeek(2027, 7), CancellationToken.None));

        Assert.Equal(0, compiled);
    }

    [Fact]
    public async Task ListTeamsOfAsync_KeyWithQuote_FindsItsTeams()
    {
        var store = new MemberStore((await new StorageTestContext(azurite).InitializeAsync()).Tables, TimeProvider.System);
        await store.EnsureInvitedAsync(Tenant, "19:noord@thread.tacv2", "Noord", "o'brien", "29:ob", "O'Brien", null, CancellationToken.None);

        var teams = await store.ListTeamsOfAsync(Tenant, "o'brien", CancellationToken.None);

        Assert.Equal(["19:noord@thread.tacv2"], teams.Select(t => t.TeamId));
    }

    // Warm up with a few distinct values (the JIT compiles the normal code once), then count what
    // one more call with a new value compiles before it first waits.
    private static async Task<long> CompiledWhileStartingAsync(Func<string, Task> call)
    {
        for (var i = 0; i < 3; i++)
        {
            await call("warm-" + i);
        }

        var before = JitInfo.GetCompiledMethodCount(currentThread: true);
        var started = call("measured");
        var compiled = JitInfo.GetCompiledMethodCount(currentThread: true) - before;
        await started;
        return compiled;
    }
}
