using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>
/// The acute path's ways in — a typed word anywhere, danger said in passing, the button — each with 112 and
/// Veilig Thuis first, with or without storage. The consult itself: <see cref="UrgentConsultTests"/>.
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
        // The raw answer: the non-breaking hyphen travels JSON-escaped.
        Assert.Contains("0800\\u20112000", card, StringComparison.Ordinal);
        Assert.Contains("acute.consult", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_StorageDown_StillShowsTheNumbersAndTheConsultButton()
    {
        await using var host = await BotHost.StartAsync(AzuriteFixture.ConnectionStringFor(ClosedPort(), ClosedPort()));

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "acuut", id: "acute-down"));

        var card = await ReplyCardAsync(host, "acute-down");
        Assert.Equal("Direct gevaar? Bel nu 112.", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("Ik kon nu niet nagaan wie ik voor je kan vragen", card.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Equal("acute.consult", card["actions"]![0]!["verb"]!.GetValue<string>());
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

    [Theory]
    [InlineData("acuut")]
    [InlineData("Acuut!")]
    [InlineData("SPOED")]
    [InlineData("nood")]
    [InlineData("noodgeval")]
    [InlineData("112")]
    [InlineData("gevaar")]
    [InlineData("acute")]
    [InlineData("Emergency")]
    [InlineData("danger")]
    [InlineData("<at>BreedBot</at> acuut")]
    [InlineData("<at>BreedBot</at> 112")]
    public async Task Typed_AcuteWordInThePersonalChat_RepliesWithTheAcuteCard(string text)
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, text, id: "acute-1"));

        var card = await ReplyCardAsync(host, "acute-1");
        Assert.Equal("Direct gevaar? Bel nu 112.", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.StartsWith("Veilig Thuis: 0800\u20112000", card["body"]![1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Bel Veilig Thuis voor advies — ook als je twijfelt.", card.ToJsonString(Readable), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_AcuteWordInTheChannel_ShowsTheNumbersAndNamesNobodysPartner()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await JoinAsync(host, Roster[0]);
        await JoinAsync(host, Roster[1]);
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "acuut", id: "channel-acute"));

        var card = await ReplyCardAsync(host, "channel-acute");
        var text = card.ToJsonString(Readable);
        Assert.Equal("Direct gevaar? Bel nu 112.", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("Ana Jansen", text, StringComparison.Ordinal);
        Assert.Equal("acute.open", card["actions"]![0]!["verb"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("ik denk dat ze nu in gevaar is", "nl-NL")]
    [InlineData("hij dreigt haar iets aan te doen", "nl-NL")]
    [InlineData("hij heeft een mes", "nl-NL")]
    [InlineData("ze werd gewurgd", "nl-NL")]
    [InlineData("ik ben bang dat hij hem slaat", "nl-NL")]
    [InlineData("the child is not safe at home", "en-US")]
    public async Task Typed_SentenceThatSpeaksOfDanger_Answers112AndVeiligThuisOnTheFirstTwoLinesThenTheUsualHelp(string text, string locale)
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        var en = locale == "en-US";

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, text, locale, "danger-1"));

        var card = await ReplyCardAsync(host, "danger-1");
        var lines = card["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(en ? "Direct danger? Call 112 now." : "Direct gevaar? Bel nu 112.", lines[0]);
        Assert.StartsWith("Veilig Thuis: 0800\u20112000", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(en ? "I don't understand that yet. Send 'help'" : "Dat begrijp ik nog niet. Stuur 'help'", lines[2], StringComparison.Ordinal);
        Assert.Equal("acute.open", card["actions"]![0]!["verb"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("dank je")]
    [InlineData("blauwe olifant")]
    public async Task Typed_SmallTalk_GetsTheUsualHelpWithoutNumbers(string text)
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, text, id: "talk-1"));

        Assert.Equal("Dat begrijp ik nog niet. Stuur 'help' en je ziet wat ik nu voor je kan doen.", await ReplyTextAsync(host, "talk-1"));
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
    public async Task MeldcodeKader_VeiligThuisWorkerSaysYesToUnsafety_IsNotToldReportingToVeiligThuisIsTheNorm()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        var join = TestActivities.Join(host.ServiceUrl, Roster[0].Id, Roster[0].Aad);
        join["value"]!["action"]!["data"]!["cluster"] = "VeiligThuisOpvang";
        await host.PostAsync(join);

        var (status, card) = await ActAsync(host, "meldcode.kader", new JsonObject { ["question"] = 2, ["answer"] = "yes" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("professionele norm", card, StringComparison.Ordinal);
        Assert.Contains("hoort de zaak bij Veilig Thuis", card, StringComparison.Ordinal);
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

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<JsonObject> ReplyCardAsync(BotHost host, string id)
    {
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/" + id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return reply.Json!["attachments"]![0]!["content"]!.AsObject();
    }

    private static async Task<string> ReplyTextAsync(BotHost host, string id)
    {
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/" + id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        return reply.Json!["text"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> JoinAsync(BotHost host, (string Id, string Name, string Aad, string Role) person) =>
        host.PostAsync(TestActivities.Join(host.ServiceUrl, person.Id, person.Aad));

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
