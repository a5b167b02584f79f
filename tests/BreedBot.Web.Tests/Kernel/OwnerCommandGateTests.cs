using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Kernel;

/// <summary>
/// The owner commands' gate, where its features' tests do not already pass through it: a channel whose team removed
/// BreedBot. (Asked in the personal chat: StatusTests; by a non-owner and by an owner: each feature's tests; a team
/// BreedBot never knew: PairingTests' rotation.)
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class OwnerCommandGateTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner")]);
        host.Graph.SetMembers("group-noord", [GraphMember.Owner(TestActivities.UserAad)]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task OwnedTeam_BreedBotRemovedFromTheTeam_OwnerAnsweredInTheThreadAndNothingPrivately()
    {
        var removal = TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate");
        removal["action"] = "remove";
        await host.PostAsync(removal);
        var before = host.Connector.Requests.Count;

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "instellingen", id: "gate-1"));

        var reply = Assert.Single(host.Connector.Requests.Skip(before));
        Assert.EndsWith("/activities/gate-1", reply.Path, StringComparison.Ordinal);
        Assert.Equal("Teaminstellingen pas je aan in het kanaal van een team met BreedBot: '@BreedBot instellingen'.", reply.Json!["text"]!.GetValue<string>());
    }
}
