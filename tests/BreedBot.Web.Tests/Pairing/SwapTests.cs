using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// "wissel" in two steps: the typed command asks first, naming the team, and changes nothing; "Ja, wissel" swaps once per
/// rotation (the new duo card as the answer, the others told after it); "Nee, toch niet", a stale, someone else's or a
/// forged card swap nothing and say so kindly.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SwapTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;
    private SwapHarness swap = null!;

    public async Task InitializeAsync()
    {
        swap = await SwapHarness.StartAsync(azurite.ConnectionString);
        host = swap.Host;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Wissel_Typed_AsksFirstNamingTheTeamAndChangesNothing()
    {
        var before = await swap.DuosAsync();

        var question = Assert.Single(await swap.TypeAsync("swap-ask"));

        Assert.Equal("BreedBot: een andere duopartner?", question.Json!["summary"]!.GetValue<string>());
        var card = ReminderHarness.CardText(question);
        Assert.Contains("Een andere duopartner?", card, StringComparison.Ordinal);
        Assert.Contains("in Wijkteam Noord een andere duopartner", card, StringComparison.Ordinal);
        Assert.Contains("niet terug te draaien", card, StringComparison.Ordinal);
        var data = SwapHarness.ButtonData(question);
        Assert.Equal(("pairing.swap", TestActivities.UserAad, TestActivities.TeamId), (data["verb"]!.GetValue<string>(), data["member"]!.GetValue<string>(), data["team"]!.GetValue<string>()));
        Assert.StartsWith("r000001-", data["duo"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("pairing.swap.keep", SwapHarness.ButtonData(question, 1)["verb"]!.GetValue<string>());
        Assert.Equal(before, await swap.DuosAsync());
    }

    [Fact]
    public async Task YesSwap_Pressed_NewPartnerOnTheCardAndTheOthersAreToldAfterTheReply()
    {
        var partnersBefore = await swap.PartnersOfAsync(TestActivities.UserAad);
        var question = Assert.Single(await swap.TypeAsync("swap-1"));
        var sent = host.Connector.Requests.Count;

        var answer = await swap.PressAsync(SwapHarness.ButtonData(question));
        await host.AfterReplyDoneAsync();
        await host.SendQueuedAsync();

        var partnersAfter = await swap.PartnersOfAsync(TestActivities.UserAad);
        Assert.NotEqual(partnersBefore, partnersAfter);
        Assert.Contains("Gedaan: je hebt een nieuwe partner.", answer, StringComparison.Ordinal);
        Assert.Contains("Je duopartner", answer, StringComparison.Ordinal);
        Assert.Contains(SwapHarness.People.Single(p => p.Aad == partnersAfter[0]).Name, answer, StringComparison.Ordinal);
        Assert.Contains("Wijkteam Noord", answer, StringComparison.Ordinal);
        // Alex and his partner became Alex and one of the other duo: all three others changed duo, each is told.
        Assert.Equal(3, host.Connector.Requests.Skip(sent).Count(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Je duo is opnieuw ingedeeld", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task YesSwap_PressedTwiceOrTypedAgain_OncePerRotationAndNothingMoreChanges()
    {
        var question = Assert.Single(await swap.TypeAsync("swap-1"));
        await swap.PressAsync(SwapHarness.ButtonData(question));
        var afterFirst = await swap.DuosAsync();

        var again = await swap.PressAsync(SwapHarness.ButtonData(question));
        var typed = Assert.Single(await swap.TypeAsync("swap-2"));

        Assert.Contains("Niet gewisseld", again, StringComparison.Ordinal);
        Assert.Contains("Je hebt deze rotatie al een keer gewisseld.", again, StringComparison.Ordinal);
        Assert.StartsWith("Je hebt deze rotatie al een keer gewisseld.", typed.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(typed.Json["attachments"]);
        Assert.Equal(afterFirst, await swap.DuosAsync());
    }

    [Fact]
    public async Task NoKeep_Pressed_SaysTheDuoStaysAndChangesNothing()
    {
        var question = Assert.Single(await swap.TypeAsync("swap-no"));
        var before = await swap.DuosAsync();

        var answer = await swap.PressAsync(SwapHarness.ButtonData(question, 1));

        Assert.Contains("Prima, je duo blijft zoals het is.", answer, StringComparison.Ordinal);
        Assert.Equal(before, await swap.DuosAsync());
    }

    [Fact]
    public async Task YesSwap_CardFromAnEarlierRotation_SaysSoAndSwapsNothing()
    {
        var question = Assert.Single(await swap.TypeAsync("swap-old"));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's", id: "pair-again"));
        var before = await swap.DuosAsync();

        var answer = await swap.PressAsync(SwapHarness.ButtonData(question));

        Assert.Contains("Deze vraag hoort bij een eerdere indeling", answer, StringComparison.Ordinal);
        Assert.Contains("rotation-000002-", before, StringComparison.Ordinal);
        Assert.Equal(before, await swap.DuosAsync());
    }

    [Theory]
    [InlineData("someone-else")]
    [InlineData("forged-team")]
    [InlineData("forged-duo")]
    public async Task YesSwap_NotTheAskersOwnCard_KindAnswerAndNothingStored(string forgery)
    {
        var question = Assert.Single(await swap.TypeAsync("swap-forged"));
        var data = SwapHarness.ButtonData(question);
        var before = await swap.DuosAsync();
        var presser = forgery == "someone-else" ? SwapHarness.People[2] : SwapHarness.Alex;
        if (forgery == "forged-team")
        {
            data["team"] = "19:elders@thread.tacv2";
        }
        else if (forgery == "forged-duo")
        {
            data["duo"] = "r000009-000000000000";
        }

        var answer = await swap.PressAsync(data, presser);

        Assert.Contains("Deze vraag gaat niet over een duo van jou, dus er is niets veranderd.", answer, StringComparison.Ordinal);
        Assert.Equal(before, await swap.DuosAsync());
    }

    [Fact]
    public async Task Wissel_English_AskedAndAnsweredInEnglish()
    {
        var question = Assert.Single(await swap.TypeAsync("swap-en", "swap", "en-US"));

        var answer = await swap.PressAsync(SwapHarness.ButtonData(question), locale: "en-US");

        var card = ReminderHarness.CardText(question);
        Assert.Contains("A different duo partner?", card, StringComparison.Ordinal);
        Assert.Contains("Yes, swap", card, StringComparison.Ordinal);
        Assert.Contains("No, keep my duo", card, StringComparison.Ordinal);
        Assert.Contains("Done: you have a new partner.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wissel_NotInADuo_SaysThereIsNothingToSwap()
    {
        var stranger = ("29:1zoe", "Zoë Bakker", "aad-zoe", "user");

        var reply = Assert.Single(await swap.TypeAsync("swap-none", who: stranger));

        Assert.Equal("Je hebt nog geen duo om te wisselen.", reply.Json!["text"]!.GetValue<string>());
    }
}
