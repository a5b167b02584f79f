using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// "wissel" from someone with a duo in two teams: a message names no team, so each team gets its own question naming it,
/// and each question swaps in its own team only.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SwapAcrossTeamsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string South = "19:wijkteam-zuid@thread.tacv2";

    private BotHost host = null!;
    private SwapHarness swap = null!;

    public async Task InitializeAsync()
    {
        swap = await SwapHarness.StartAsync(azurite.ConnectionString);
        host = swap.Host;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Wissel_DuosInTwoTeams_OneQuestionPerTeam_AndATeamOfOneDuoHasNoOtherArrangement()
    {
        var bo = SwapHarness.People[2];
        host.Connector.SetRoster(South, new[] { SwapHarness.Alex, bo }.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        var install = TestActivities.TeamInstall(host.ServiceUrl);
        install["id"] = "install-south";
        install["conversation"]!["id"] = South;
        install["channelData"]!["team"] = new JsonObject { ["id"] = South, ["name"] = "Wijkteam Zuid", ["aadGroupId"] = "group-zuid" };
        await host.PostAsync(install);
        await host.PostAsync(TestActivities.Join(host.ServiceUrl, SwapHarness.Alex.Id, SwapHarness.Alex.Aad, South));
        await host.PostAsync(TestActivities.Join(host.ServiceUrl, bo.Id, bo.Aad, South));
        var pair = TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's", id: "pair-south");
        pair["conversation"]!["id"] = South + ";messageid=pair-south";
        pair["channelData"]!["team"] = new JsonObject { ["id"] = South, ["name"] = "Wijkteam Zuid" };
        pair["channelData"]!["channel"] = new JsonObject { ["id"] = South };
        await host.PostAsync(pair);

        var questions = await swap.TypeAsync("swap-two");
        var south = questions.Single(q => SwapHarness.ButtonData(q)["team"]!.GetValue<string>() == South);
        var before = await swap.DuosAsync();
        var answer = await swap.PressAsync(SwapHarness.ButtonData(south));

        Assert.Equal(2, questions.Count);
        Assert.Contains("in Wijkteam Zuid een andere duopartner", ReminderHarness.CardText(south), StringComparison.Ordinal);
        Assert.Contains(questions, q => ReminderHarness.CardText(q).Contains("in Wijkteam Noord een andere duopartner", StringComparison.Ordinal));
        Assert.Contains("Ik vind nu geen andere indeling die ieders keuzes respecteert.", answer, StringComparison.Ordinal);
        Assert.Equal(before, await swap.DuosAsync());
    }
}
