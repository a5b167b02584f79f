using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.DuoWeeks;

/// <summary>
/// "Your partner is paused": the notice offers a colleague of another duo who is left alone that week too. Each duo's
/// reminder is planned from its own members' rows, so the stand-in's name must come from the whole team's.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class PartnerPausedStandInTests(AzuriteFixture azurite)
{
    private static readonly (string Id, string Name, string Aad, string Role)[] Four =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Vries", "aad-bo", "user"),
        ("29:1cas", "Cas Peters", "aad-cas", "user"),
    ];

    [Fact]
    public async Task PartnerPaused_SomeoneOfAnotherDuoAloneToo_NamesThemAsStandIn()
    {
        await using var harness = await ReminderHarness.StartAsync(azurite.ConnectionString, Four);
        var rotation = (await harness.Host.Services.GetRequiredService<DuoStore>().GetCurrentAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None))!;
        Assert.Equal(2, rotation.Duos.Count);
        foreach (var duo in rotation.Duos)
        {
            await harness.Host.Services.GetRequiredService<MemberStore>().UpdateAsync(TestActivities.Tenant, TestActivities.TeamId, duo.Members[1],
                (m, _) => m.PauseUntil(new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 1)), CancellationToken.None);
        }

        await harness.AtAsync(ReminderHarness.Moment.AddMinutes(1));

        var left = rotation.Duos.Select(d => Four.Single(p => p.Aad == d.Members[0]).Name).ToList();
        var notices = harness.Texts("Je duopartner in");
        Assert.Equal(2, notices.Count);
        Assert.Contains(notices, n => n.Contains($"De partner van {left[1]} heeft ook pauze", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains($"De partner van {left[0]} heeft ook pauze", StringComparison.Ordinal));
    }
}
