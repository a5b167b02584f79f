using BreedBot.Testing;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Meldcode.AcuteCardReading;
using static BreedBot.Web.Tests.Meldcode.AcuteHarness;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>
/// The urgent consult answers within 5 seconds whatever Teams does: a Teams that answers after 20 seconds, a send
/// that hangs, a recipient who blocked BreedBot. Time is the host's fake clock, advanced by the test; the
/// connector stand-in answers late on the same clock.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class UrgentConsultDeadlineTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AcuteConsult_TeamsAnswersAfterTwentySeconds_TheAnswerComesWithinFiveSecondsAndSaysWhoIsNotReachedYet()
    {
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: true);
        host.Connector.Respond(IsConsultMessage, ScriptedResponse.Slow(TimeSpan.FromSeconds(20), host.Time), times: 2);
        var pressedAt = host.Time.GetUtcNow();

        var press = PressAsync(host, "acute.consult");
        await WaitForConsultMessagesAsync(host, 2);
        host.Time.Advance(TimeSpan.FromSeconds(4));
        var card = await press.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(host.Time.GetUtcNow() - pressedAt <= TimeSpan.FromSeconds(5));
        Assert.Equal("Niemand bereikt. Bel 112 bij direct gevaar, Veilig Thuis 0800\u20112000 voor advies.", Texts(card)[2]);
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
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: true);
        await KnownChatAsync(host, BoAad, "a:1bo-chat");
        host.Connector.Respond(r => IsConsultMessage(r) && r.Path.Contains("/a:1bo-chat/", StringComparison.Ordinal), ScriptedResponse.Hang());

        var press = PressAsync(host, "acute.consult");
        await WaitForConsultMessagesAsync(host, 2);
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync(AnaAad).WaitAsync(TimeSpan.FromSeconds(30));
        host.Time.Advance(TimeSpan.FromSeconds(4));
        var card = await press.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Nog niet iedereen is bereikt. Wacht er niet op: bel 112 bij direct gevaar, Veilig Thuis 0800\u20112000 voor advies.", Texts(card)[2]);
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
        await using var host = await StartAsync(azurite, partner: true, aandachtsfunctionaris: false);
        host.Connector.Respond(IsConsultMessage, ScriptedResponse.BlockedByUser(), times: 5);

        var card = await PressAsync(host, "acute.consult");

        Assert.Equal("Niemand bereikt. Bel 112 bij direct gevaar, Veilig Thuis 0800\u20112000 voor advies.", Texts(card)[2]);
        Assert.Contains("Ana Jansen (duopartner): niet bereikt", Texts(card));
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync();
        Assert.Single(ConsultMessages(host));
        Assert.Equal("BlockedByUser", Assert.Single(await ConsultDeliveriesAsync(host)).GetString("Outcome"));
    }
}
