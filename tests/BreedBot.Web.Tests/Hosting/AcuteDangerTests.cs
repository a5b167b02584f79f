using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// "Acuut gevaar" from a card: 112 and Veilig Thuis first, with or without storage; "vraag nu om
/// overleg" reaches the duo partner and the aandachtsfunctionaris with no case content.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class AcuteDangerTests(AzuriteFixture azurite)
{
    private const string Marker = "CASUS-MARKER-7Q";

    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
    ];

    [Fact]
    public async Task AcuteOpen_StorageDown_Shows112AndVeiligThuis()
    {
        await using var host = await BotHost.StartAsync(AzuriteFixture.ConnectionStringFor(ClosedPort(), ClosedPort()));

        var (status, card) = await ActAsync(host, "acute.open");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Bel nu 112", card, StringComparison.Ordinal);
        Assert.Contains("0800-2000", card, StringComparison.Ordinal);
        Assert.Contains("acute.consult", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcuteConsult_StorageDown_RepeatsNumbersAndSaysNotSent()
    {
        await using var host = await BotHost.StartAsync(AzuriteFixture.ConnectionStringFor(ClosedPort(), ClosedPort()));

        var (status, card) = await ActAsync(host, "acute.consult");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Bel nu 112", card, StringComparison.Ordinal);
        Assert.Contains("overlegverzoek kon ik niet versturen", card, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Connector.Requests, r => r.Json?["text"] is not null);
    }

    [Fact]
    public async Task AcuteConsult_PartnerAndAandachtsfunctionaris_GetTheRequestWithoutCaseContent()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await JoinAsync(host, Roster[0]);
        await JoinAsync(host, Roster[1]);
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(
            TestActivities.Tenant, TestActivities.TeamId, s => s with { AandachtsfunctionarisKey = "aad-bo" }, CancellationToken.None);
        var before = host.Connector.Requests.Count;

        var (status, card) = await ActAsync(host, "acute.consult");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Verstuurd", card, StringComparison.Ordinal);
        var sent = host.Connector.Requests.Skip(before).Where(r => r.Json?["text"] is not null).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r =>
        {
            var text = r.Json!["text"]!.GetValue<string>();
            Assert.StartsWith("Alex Wilber wil graag met spoed met je overleggen over een casus.", text, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, r.Json.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain(TestActivities.PersonalConversation, r.Path, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Meldcode_PersonalChat_RepliesWithTheFiveSteps()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "meldcode", id: "meldcode-1"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/meldcode-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var card = reply.Json!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Beslissen", card, StringComparison.Ordinal);
        Assert.Contains("Collegiale consultatie", card, StringComparison.Ordinal);
        Assert.Contains("acute.open", card, StringComparison.Ordinal);
        Assert.Equal("BreedBot: de meldcode", reply.Json["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task MeldcodeKader_YesToUnsafety_SaysTheNormAndAsksNoMore()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        var (status, card) = await ActAsync(host, "meldcode.kader", new JsonObject { ["question"] = 2, ["answer"] = "yes" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("melden bij Veilig Thuis de professionele norm", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"answer\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeldcodeStep_TamperedStep_IsRefusedKindly()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        var (status, card) = await ActAsync(host, "meldcode.step", new JsonObject { ["step"] = 9 });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("400", card, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Body)> ActAsync(BotHost host, string verb, JsonObject? data = null)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        data ??= new JsonObject { ["reflectionId"] = "r-1", ["casus"] = Marker };
        data["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task JoinAsync(BotHost host, (string Id, string Name, string Aad, string Role) person)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
        activity["from"] = new JsonObject { ["id"] = person.Id, ["aadObjectId"] = person.Aad };
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = "join.submit",
            ["teamId"] = TestActivities.TeamId,
            ["role"] = "Wijkteam",
            ["cluster"] = "Arts",
            ["day"] = "Tuesday",
            ["time"] = "09:30",
        };
        await host.PostAsync(activity);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
