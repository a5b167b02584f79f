using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Meldcode.AcuteCardReading;
using static BreedBot.Web.Tests.Meldcode.AcuteHarness;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>
/// "Acuut gevaar" → "vraag nu om overleg" through the whole host: who the card names before the click for each
/// combination of people, and one message per recipient however often it is pressed. How fast it answers when
/// Teams is slow: <see cref="UrgentConsultDeadlineTests"/>.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class UrgentConsultTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(false, false, new string[0])]
    [InlineData(true, false, new[] { "je duopartner Ana Jansen" })]
    [InlineData(false, true, new[] { "aandachtsfunctionaris Bo de Wit" })]
    [InlineData(true, true, new[] { "je duopartner Ana Jansen en aandachtsfunctionaris Bo de Wit" })]
    public async Task AcuteOpen_EachCombination_SaysBeforeTheClickWhoTheConsultWouldReach(bool partner, bool aandachtsfunctionaris, string[] expected)
    {
        await using var host = await StartAsync(azurite, partner, aandachtsfunctionaris);

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
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: false);
        await AddSecondTeamWithAandachtsfunctionarisAsync(host, BoAad);

        var card = await PressAsync(host, "acute.open", locale: "en-US");

        Assert.Equal(["Wijkteam Noord: your duo partner Ana Jansen", "Wijkteam Zuid: your aandachtsfunctionaris Bo de Wit"], Recipients(card));
    }

    [Fact]
    public async Task AcuteConsult_PartnerAndAandachtsfunctionaris_EachGetsOneMessageWithoutCaseContent()
    {
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: true);

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
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: false);
        await KnownChatAsync(host, AnaAad, "a:1ana-chat", "en-GB");

        await PressAsync(host, "acute.consult");

        var sent = Assert.Single(ConsultMessages(host));
        Assert.Contains("/a:1ana-chat/", sent.Path, StringComparison.Ordinal);
        Assert.StartsWith("Alex Wilber would like to consult you urgently about a case.", sent.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcuteConsult_RecipientLanguageUnknownInAnEnglishTeam_GetsTheTeamsLanguage()
    {
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: true, teamLocale: "en-US");

        await PressAsync(host, "acute.consult");

        var sent = ConsultMessages(host);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r => Assert.StartsWith("Alex Wilber would like to consult you urgently about a case.", r.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcuteConsult_PressedAgainWithinTenMinutes_SendsNothingNewAndSaysWhenItWasAsked()
    {
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: true);
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
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: true);
        await PressAsync(host, "acute.consult");
        host.Time.Advance(TimeSpan.FromMinutes(10));

        var again = await PressAsync(host, "acute.consult");

        Assert.StartsWith("Gelukt:", Texts(again)[2], StringComparison.Ordinal);
        Assert.Equal(4, ConsultMessages(host).Count);
    }

    [Fact]
    public async Task AcuteConsult_PressedTwiceAtOnce_OneMessagePerRecipient()
    {
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: true);

        var both = await Task.WhenAll(PressAsync(host, "acute.consult"), PressAsync(host, "acute.consult"));

        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync();
        Assert.Equal(2, ConsultMessages(host).Count);
        Assert.Single(both, card => Texts(card)[2].StartsWith("Gelukt:", StringComparison.Ordinal));
        Assert.Single(both, card => Texts(card)[2].StartsWith("Al gevraagd om", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AcuteConsult_NobodyToAsk_SendsNothingAndAdvisesVeiligThuis()
    {
        await using var host = await StartAsync(azurite, partner: false, aandachtsfunctionaris: false);

        var card = await PressAsync(host, "acute.consult", locale: "en-US");

        Assert.Empty(ConsultMessages(host));
        Assert.Contains("Call Veilig Thuis for advice — also when in doubt.", Texts(card));
        Assert.Empty(await host.RowsAsync(StorageTables.UrgentConsultsName));
    }

    [Fact]
    public async Task AcuteConsult_MijnGegevensAndErasure_ShowAndDeleteThatItWasAsked()
    {
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: false);
        await PressAsync(host, "acute.consult");

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "mijn gegevens", id: "mydata-1"));
        var overview = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/mydata-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var erase = TestActivities.CardAction(host.ServiceUrl, "mydata.delete");
        erase["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "mydata.delete" };
        await host.PostAsync(erase);

        Assert.Contains("Spoedoverleg", overview.Body, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.UrgentConsultsName));
    }
}
