using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using BreedBot.Web.Acute;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Cards.AcuteCardReading;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// "Acuut gevaar" → "vraag nu om overleg" through the whole host: who the card names before the click for each
/// combination of people, one message per recipient however often it is pressed, and an answer within 5 seconds
/// whatever Teams does.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class UrgentConsultTests(AzuriteFixture azurite)
{
    private const string SecondTeam = "19:wijkteam-zuid@thread.tacv2";
    private const string AnaAad = "aad-ana";
    private const string BoAad = "aad-bo";
    private const string CaseMarker = "CASUS-MARKER-7Q";

    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", AnaAad, "user"),
        ("29:1bo", "Bo de Wit", BoAad, "user"),
    ];

    [Theory]
    [InlineData(false, false, new string[0])]
    [InlineData(true, false, new[] { "je duopartner Ana Jansen" })]
    [InlineData(false, true, new[] { "aandachtsfunctionaris Bo de Wit" })]
    [InlineData(true, true, new[] { "je duopartner Ana Jansen en aandachtsfunctionaris Bo de Wit" })]
    public async Task AcuteOpen_EachCombination_SaysBeforeTheClickWhoTheConsultWouldReach(bool partner, bool aandachtsfunctionaris, string[] expected)
    {
        await using var host = await StartAsync(partner, aandachtsfunctionaris);

        var card = await PressAsync(host, "acute.open");

        Assert.Equal(expected, Recipients(card));
        if (expected.Length == 0)
        {
            Assert.Contains("Bel Veilig Thuis voor advies — ook als je twijfelt.", Texts(card));
            Assert.DoesNotContain(Verbs(card), v => v == "acute.consult");
        }
        else
        {
            Assert.Contains("acute.consult", Verbs(card));
        }
    }

    [Fact]
    public async Task AcuteOpen_InTwoTeams_SaysWhoPerTeam()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: false);
        await AddSecondTeamWithAandachtsfunctionarisAsync(host, BoAad);

        var card = await PressAsync(host, "acute.open", locale: "en-US");

        Assert.Equal(["Wijkteam Noord: your duo partner Ana Jansen", "Wijkteam Zuid: your aandachtsfunctionaris Bo de Wit"], Recipients(card));
    }

    [Fact]
    public async Task AcuteConsult_PartnerAndAandachtsfunctionaris_EachGetsOneMessageWithoutCaseContent()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: true);

        var card = await PressAsync(host, "acute.consult");

        Assert.Equal("Gelukt: je duopartner Ana Jansen en aandachtsfunctionaris Bo de Wit hebben mijn bericht dat je met spoed wilt overleggen, met een link naar een chat met jou. Over de casus stond er niets in.", Texts(card)[2]);
        Assert.Equal(["Ana Jansen (duopartner): bericht afgeleverd", "Bo de Wit (aandachtsfunctionaris): bericht afgeleverd"], Texts(card)[3..5]);
        var sent = ConsultMessages(host);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r =>
        {
            Assert.StartsWith("Alex Wilber wil graag met spoed met je overleggen over een casus.", r.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.DoesNotContain(CaseMarker, r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(TestActivities.PersonalConversation, r.Path, StringComparison.Ordinal);
        });
        Assert.Equal(2, sent.Select(r => r.Path).Distinct().Count());
        var deliveries = await ConsultDeliveriesAsync(host);
        Assert.Equal([("aad-ana", "Sent"), ("aad-bo", "Sent")], deliveries.Select(d => (d.GetString("RecipientKey"), d.GetString("Outcome"))).Order());
    }

    [Fact]
    public async Task AcuteConsult_RecipientWithEnglishTeams_GetsTheMessageInEnglish()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: false);
        await KnownChatAsync(host, AnaAad, "a:1ana-chat", "en-GB");

        await PressAsync(host, "acute.consult");

        var sent = Assert.Single(ConsultMessages(host));
        Assert.Contains("/a:1ana-chat/", sent.Path, StringComparison.Ordinal);
        Assert.StartsWith("Alex Wilber would like to consult you urgently about a case.", sent.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcuteConsult_PressedAgainWithinTenMinutes_SendsNothingNewAndSaysWhenItWasAsked()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: true);
        await PressAsync(host, "acute.consult");
        host.Time.Advance(TimeSpan.FromMinutes(9));

        var again = await PressAsync(host, "acute.consult");
        var replayed = await PressAsync(host, "acute.consult");

        Assert.Equal(2, ConsultMessages(host).Count);
        Assert.Equal("Al gevraagd om 10:00 — bel 112 bij direct gevaar.", Texts(again)[2]);
        Assert.Contains("Vanaf 10:10 kun je opnieuw om overleg vragen.", Texts(again));
        Assert.Contains("Ana Jansen (duopartner): bericht afgeleverd", Texts(again));
        Assert.Equal(["acute.consult"], Verbs(again));
        Assert.Equal(Texts(again), Texts(replayed));
    }

    [Fact]
    public async Task AcuteConsult_AfterTenMinutes_AsksAgain()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: true);
        await PressAsync(host, "acute.consult");
        host.Time.Advance(TimeSpan.FromMinutes(10));

        var again = await PressAsync(host, "acute.consult");

        Assert.StartsWith("Gelukt:", Texts(again)[2], StringComparison.Ordinal);
        Assert.Equal(4, ConsultMessages(host).Count);
    }

    [Fact]
    public async Task AcuteConsult_PressedTwiceAtOnce_OneMessagePerRecipient()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: true);

        var both = await Task.WhenAll(PressAsync(host, "acute.consult"), PressAsync(host, "acute.consult"));

        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync();
        Assert.Equal(2, ConsultMessages(host).Count);
        Assert.Single(both, card => Texts(card)[2].StartsWith("Gelukt:", StringComparison.Ordinal));
        Assert.Single(both, card => Texts(card)[2].StartsWith("Al gevraagd om", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcuteConsult_TeamsAnswersAfterTwentySeconds_TheAnswerComesWithinFiveSecondsAndSaysWhoIsNotReachedYet()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: true);
        host.Connector.Respond(IsConsultMessage, ScriptedResponse.Slow(TimeSpan.FromSeconds(20), host.Time), times: 2);
        var pressedAt = host.Time.GetUtcNow();

        var press = PressAsync(host, "acute.consult");
        await WaitForConsultMessagesAsync(host, 2);
        host.Time.Advance(TimeSpan.FromSeconds(4));
        var card = await press.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(host.Time.GetUtcNow() - pressedAt <= TimeSpan.FromSeconds(5));
        Assert.Equal("Niemand bereikt. Bel 112 bij direct gevaar, Veilig Thuis 0800-2000 voor advies.", Texts(card)[2]);
        Assert.Contains("Ana Jansen (duopartner): nog niet bereikt — ik probeer het nog één keer", Texts(card));
        Assert.Contains("Bo de Wit (aandachtsfunctionaris): nog niet bereikt — ik probeer het nog één keer", Texts(card));

        // Teams answers after all: recorded as delivered, and nothing was sent twice.
        host.Time.Advance(TimeSpan.FromSeconds(16));
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, ConsultMessages(host).Count);
        Assert.All(await ConsultDeliveriesAsync(host), d => Assert.Equal(("Sent", 1), (d.GetString("Outcome"), d.GetInt32("Attempts"))));
    }

    [Fact]
    public async Task AcuteConsult_OneRecipientsSendHangs_AnswerSaysSoAndItIsRetriedOnceInTheBackground()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: true);
        await KnownChatAsync(host, BoAad, "a:1bo-chat");
        host.Connector.Respond(r => IsConsultMessage(r) && r.Path.Contains("/a:1bo-chat/", StringComparison.Ordinal), ScriptedResponse.Hang());

        var press = PressAsync(host, "acute.consult");
        await WaitForConsultMessagesAsync(host, 2);
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync(AnaAad).WaitAsync(TimeSpan.FromSeconds(30));
        host.Time.Advance(TimeSpan.FromSeconds(4));
        var card = await press.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Nog niet iedereen is bereikt. Wacht er niet op: bel 112 bij direct gevaar, Veilig Thuis 0800-2000 voor advies.", Texts(card)[2]);
        Assert.Contains("Ana Jansen (duopartner): bericht afgeleverd", Texts(card));
        Assert.Contains("Bo de Wit (aandachtsfunctionaris): nog niet bereikt — ik probeer het nog één keer", Texts(card));
        Assert.Contains("Wie nog niet bereikt is, probeer ik op de achtergrond nog één keer.", Texts(card));

        host.Time.Advance(TimeSpan.FromSeconds(26));
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, ConsultMessages(host).Count);
        var bo = Assert.Single(await ConsultDeliveriesAsync(host), d => d.GetString("RecipientKey") == BoAad);
        Assert.Equal(("Sent", 2, "urgent-consult"), (bo.GetString("Outcome"), bo.GetInt32("Attempts"), bo.GetString("Kind")));
    }

    [Fact]
    public async Task AcuteConsult_RecipientBlockedBreedBot_SaysNotReachedAndDoesNotTryAgain()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: false);
        host.Connector.Respond(IsConsultMessage, ScriptedResponse.BlockedByUser(), times: 5);

        var card = await PressAsync(host, "acute.consult");

        Assert.Equal("Niemand bereikt. Bel 112 bij direct gevaar, Veilig Thuis 0800-2000 voor advies.", Texts(card)[2]);
        Assert.Contains("Ana Jansen (duopartner): niet bereikt", Texts(card));
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync();
        Assert.Single(ConsultMessages(host));
        Assert.Equal("BlockedByUser", Assert.Single(await ConsultDeliveriesAsync(host)).GetString("Outcome"));
    }

    [Fact]
    public async Task AcuteConsult_NobodyToAsk_SendsNothingAndAdvisesVeiligThuis()
    {
        await using var host = await StartAsync(partner: false, aandachtsfunctionaris: false);

        var card = await PressAsync(host, "acute.consult", locale: "en-US");

        Assert.Empty(ConsultMessages(host));
        Assert.Contains("Call Veilig Thuis for advice — also when in doubt.", Texts(card));
        Assert.Empty(await host.RowsAsync(StorageTables.UrgentConsultsName));
    }

    [Fact]
    public async Task AcuteConsult_MijnGegevensAndErasure_ShowAndDeleteThatItWasAsked()
    {
        await using var host = await StartAsync(partner: true, aandachtsfunctionaris: false);
        await PressAsync(host, "acute.consult");

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "mijn gegevens", id: "mydata-1"));
        var overview = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/mydata-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var erase = TestActivities.CardAction(host.ServiceUrl, "mydata.delete");
        erase["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "mydata.delete" };
        await host.PostAsync(erase);

        Assert.Contains("Spoedoverleg", overview.Body, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.UrgentConsultsName));
    }

    private async Task<BotHost> StartAsync(bool partner, bool aandachtsfunctionaris)
    {
        var host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@noord.example", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await JoinAsync(host, TestActivities.TeamId, Roster[0]);
        await JoinAsync(host, TestActivities.TeamId, Roster[1]);
        if (partner)
        {
            await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        }

        if (aandachtsfunctionaris)
        {
            await SetAandachtsfunctionarisAsync(host, TestActivities.TeamId, BoAad);
        }

        return host;
    }

    private static async Task AddSecondTeamWithAandachtsfunctionarisAsync(BotHost host, string key)
    {
        host.Connector.SetRoster(SecondTeam, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        var install = TestActivities.TeamInstall(host.ServiceUrl);
        install["id"] = "install-zuid";
        install["conversation"]!["id"] = SecondTeam;
        install["channelData"]!["team"] = new JsonObject { ["id"] = SecondTeam, ["name"] = "Wijkteam Zuid" };
        await host.PostAsync(install);
        await JoinAsync(host, SecondTeam, Roster[0]);
        await SetAandachtsfunctionarisAsync(host, SecondTeam, key);
    }

    private static Task<bool> SetAandachtsfunctionarisAsync(BotHost host, string teamId, string key) =>
        host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(
            TestActivities.Tenant, teamId, s => s with { AandachtsfunctionarisKey = key }, CancellationToken.None);

    private static Task<HttpResponseMessage> JoinAsync(BotHost host, string teamId, (string Id, string Name, string Aad, string Role) person) =>
        host.PostAsync(TestActivities.Join(host.ServiceUrl, person.Id, person.Aad, teamId));

    /// <summary>Presses a button of the acute card as Alex, with case content on the card to prove none of it travels.</summary>
    private static async Task<JsonObject> PressAsync(BotHost host, string verb, string locale = "nl-NL")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb, locale);
        activity["from"]!["name"] = "Alex Wilber";
        activity["value"]!["action"]!["data"] = new JsonObject { ["verb"] = verb, ["casus"] = CaseMarker };
        var response = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        return answer["value"]!.AsObject();
    }

    private static bool IsConsultMessage(RecordedRequest r) =>
        r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal) && r.Json?["text"]?.GetValue<string>() is { } text
        && (text.Contains("met spoed met je overleggen", StringComparison.Ordinal) || text.Contains("consult you urgently", StringComparison.Ordinal));

    private static List<RecordedRequest> ConsultMessages(BotHost host) => [.. host.Connector.Requests.Where(IsConsultMessage)];

    /// <summary>Until the stand-in has received <paramref name="count"/> consult messages (bounded, so a missing one fails the test).</summary>
    private static async Task WaitForConsultMessagesAsync(BotHost host, int count)
    {
        while (ConsultMessages(host) is { } seen && seen.Count < count)
        {
            var last = seen.Count == 0 ? 0 : seen[^1].Sequence;
            await host.Connector.WaitForRequestAsync(r => IsConsultMessage(r) && r.Sequence > last, TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>A personal chat BreedBot already knows, so the test knows where that person's message goes.</summary>
    private static Task<bool> KnownChatAsync(BotHost host, string key, string conversationId, string? locale = null) =>
        host.Services.GetRequiredService<BreedBot.Storage.Users.UserConversationStore>().RecordInstallAsync(
            TestActivities.Tenant, key, new Domain.Teams.ConversationAddress(host.ServiceUrl, conversationId, TestActivities.BotId), locale, CancellationToken.None);

    private static async Task<List<Azure.Data.Tables.TableEntity>> ConsultDeliveriesAsync(BotHost host)
    {
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync();
        return [.. (await host.RowsAsync(StorageTables.DeliveriesName)).Where(d => d.GetString("Kind") == "urgent-consult")];
    }
}
