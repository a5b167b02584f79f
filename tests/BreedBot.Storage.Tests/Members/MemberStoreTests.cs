using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Storage.Members;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Members;

[Collection(SharedAzurite.Name)]
public class MemberStoreTests(AzuriteFixture azurite)
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:noord@thread.tacv2";
    private static readonly MemberProfile Profile = new(MemberRole.Poh, Beroepscluster.Arts, new WeeklyMoment(DayOfWeek.Thursday, new TimeOnly(13, 30)), 7, ["ana", "bo"]);

    [Fact]
    public async Task EnsureInvitedAsync_NewMember_StoresInvitedAndIndexesTheTeam()
    {
        var store = await CreateAsync();

        Assert.True(await store.EnsureInvitedAsync(Tenant, Team, "Wijkteam Noord", "me", "29:me", "Mo", null, CancellationToken.None));

        var member = await store.GetAsync(Tenant, Team, "me", CancellationToken.None);
        Assert.Equal(MembershipStatus.Invited, member!.Status);
        Assert.Equal("29:me", member.TeamsUserId);
        Assert.Equal([(Team, (string?)"Wijkteam Noord")], await store.ListTeamsOfAsync(Tenant, "me", CancellationToken.None));
    }

    [Fact]
    public async Task EnsureInvitedAsync_AlreadyThere_DoesNotInviteAgain()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None);

        Assert.False(await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None));
    }

    [Fact]
    public async Task EnsureInvitedAsync_RemovedMemberComesBack_InvitesAgain()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None);
        await store.UpdateAsync(Tenant, Team, "me", (m, now) => m with { Status = MembershipStatus.Removed, StatusChangedAt = now }, CancellationToken.None);

        Assert.True(await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None));
    }

    [Fact]
    public async Task EnsureInvitedAsync_ZoneKnownFromAnotherTeam_NewRowHasIt()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None);
        await store.EnsureInvitedAsync(Tenant, "19:oost@thread.tacv2", null, "me", "29:me", "Mo", null, CancellationToken.None);
        await store.UpdateAsync(Tenant, Team, "me", (m, _) => m with { TimeZoneId = "America/New_York" }, CancellationToken.None);

        Assert.True(await store.EnsureInvitedAsync(Tenant, "19:zuid@thread.tacv2", null, "me", "29:me", "Mo", null, CancellationToken.None));

        Assert.Equal("America/New_York", (await store.GetAsync(Tenant, "19:zuid@thread.tacv2", "me", CancellationToken.None))!.TimeZoneId);
    }

    [Fact]
    public async Task EnsureInvitedAsync_NoZoneKnown_NewRowHasNone()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None);
        await store.EnsureInvitedAsync(Tenant, "19:zuid@thread.tacv2", null, "you", "29:you", "Yu", null, CancellationToken.None);
        await store.UpdateAsync(Tenant, "19:zuid@thread.tacv2", "you", (m, _) => m with { TimeZoneId = "Asia/Tokyo" }, CancellationToken.None);

        await store.EnsureInvitedAsync(Tenant, "19:zuid@thread.tacv2", null, "me", "29:me", "Mo", null, CancellationToken.None);

        Assert.Null((await store.GetAsync(Tenant, "19:zuid@thread.tacv2", "me", CancellationToken.None))!.TimeZoneId);
    }

    [Fact]
    public async Task UpdateAsync_Profile_RoundTripsEveryField()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None);
        var pause = new PauseWindow(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 14));

        await store.UpdateAsync(Tenant, Team, "me", (m, now) => m with { Status = MembershipStatus.Joined, Profile = Profile, Pause = pause }, CancellationToken.None);

        var member = await store.GetAsync(Tenant, Team, "me", CancellationToken.None);
        Assert.Equal(MembershipStatus.Joined, member!.Status);
        Assert.Equal(Profile.Role, member.Profile!.Role);
        Assert.Equal(Profile.PreferredMoment, member.Profile.PreferredMoment);
        Assert.Equal(Profile.NotWith, member.Profile.NotWith);
        Assert.Equal(7, member.Profile.YearsOfExperience);
        Assert.Equal(pause, member.Pause);
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentChanges_NoneIsLost()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "", null, CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            store.UpdateAsync(Tenant, Team, "me", (m, _) => m with { Name = m.Name + i }, CancellationToken.None)));

        var name = (await store.GetAsync(Tenant, Team, "me", CancellationToken.None))!.Name!;
        Assert.Equal("0123", string.Concat(name.Order()));
    }

    [Fact]
    public async Task ListTeamAsync_OtherTeam_IsNotIncluded()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", null, null, CancellationToken.None);
        await store.EnsureInvitedAsync(Tenant, "19:zuid@thread.tacv2", null, "you", "29:you", null, null, CancellationToken.None);

        Assert.Equal(["me"], (await store.ListTeamAsync(Tenant, Team, CancellationToken.None)).Select(m => m.MemberKey));
    }

    private async Task<MemberStore> CreateAsync()
    {
        var ctx = await new StorageTestContext(azurite).InitializeAsync();
        return new MemberStore(ctx.Tables, ctx.Time);
    }

    [Fact]
    public async Task UpdateAsync_RowChangedSinceItWasRead_ReadsAgainAndKeepsBothChanges()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "me", "29:me", "Mo", null, CancellationToken.None);
        var read = await store.ReadTeamAsync(Tenant, Team, CancellationToken.None);
        await store.UpdateAsync(Tenant, Team, "me", (m, _) => m with { TimeZoneId = "Europe/Brussels" }, CancellationToken.None);

        var updated = await store.UpdateAsync(read, "me", (m, _) => m with { Status = MembershipStatus.Joined, Profile = Profile }, CancellationToken.None);

        var stored = await store.GetAsync(Tenant, Team, "me", CancellationToken.None);
        Assert.Equal((MembershipStatus.Joined, "Europe/Brussels"), (updated!.Status, updated.TimeZoneId));
        Assert.Equal((MembershipStatus.Joined, "Europe/Brussels"), (stored!.Status, stored.TimeZoneId));
    }

    [Fact]
    public async Task ReadAsync_SomeKeys_ReturnsThoseThatHaveARow()
    {
        var store = await CreateAsync();
        await store.EnsureInvitedAsync(Tenant, Team, null, "ana", "29:ana", "Ana", null, CancellationToken.None);
        await store.EnsureInvitedAsync(Tenant, Team, null, "bo", "29:bo", "Bo", null, CancellationToken.None);
        await store.EnsureInvitedAsync(Tenant, Team, null, "cas", "29:cas", "Cas", null, CancellationToken.None);

        var rows = await store.ReadAsync(Tenant, Team, ["bo", "ana", "nobody"], CancellationToken.None);

        Assert.Equal(["ana", "bo"], rows.Members.Select(m => m.MemberKey).Order(StringComparer.Ordinal));
    }
}
