using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>
/// Courage that spreads: a follow-up answered "ja, gedaan" is thanked and offers, once and without pressing, to share
/// the moment anonymously with the team; the button opens the courage-story form with an empty text field. The
/// reflection is finished on Monday 15 February 2027; its follow-up comes on Monday 22 February, 09:00 Amsterdam.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class FollowUpShareOfferTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string OpenVerb = "courage.open";
    private static readonly DateTimeOffset FollowUpAt = new(2027, 2, 22, 8, 1, 0, TimeSpan.Zero);

    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("nl-NL", "Dank je dat je het laat weten.", "Wil je dit moment anoniem delen met je team?", "Deel het anoniem")]
    [InlineData("en-US", "Thank you for letting me know.", "Would you like to share this moment with your team, anonymously?", "Share it anonymously")]
    public async Task FollowUp_JaGedaan_ThanksAndOffersToShareTheMomentOnce(string locale, string thanks, string offer, string button)
    {
        var card = await FollowUpCardAsync();

        var answer = CardOf(await harness.AnswerFollowUpAsync(card, new JsonObject { ["outcome"] = "Ja" }, locale));

        Assert.Contains(thanks, Text(answer), StringComparison.Ordinal);
        Assert.Contains(offer, Text(answer), StringComparison.Ordinal);
        var share = Action(answer, OpenVerb);
        Assert.Equal(button, share["title"]!.GetValue<string>());
        Assert.Null(share["style"]);

        // The same card pressed again: already answered, and not offered again.
        var again = CardOf(await harness.AnswerFollowUpAsync(card, new JsonObject { ["outcome"] = "Ja" }, locale));
        Assert.DoesNotContain(Actions(again), a => a["verb"]?.GetValue<string>() == OpenVerb);
        Assert.DoesNotContain(offer, Text(again), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Deels")]
    [InlineData("NogNiet")]
    public async Task FollowUp_NotDone_NoOffer(string outcome)
    {
        var answer = CardOf(await harness.AnswerFollowUpAsync(await FollowUpCardAsync(), new JsonObject { ["outcome"] = outcome }));

        Assert.DoesNotContain(Actions(answer), a => a["verb"]?.GetValue<string>() == OpenVerb);
        Assert.DoesNotContain("anoniem delen", Text(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "Jouw moedige moment")]
    [InlineData("en-US", "Your brave moment")]
    public async Task ShareOffer_Pressed_OpensTheCourageFormWithAnEmptyTextField(string locale, string storyLabelStart)
    {
        var answer = CardOf(await harness.AnswerFollowUpAsync(await FollowUpCardAsync(), new JsonObject { ["outcome"] = "Ja" }, locale));
        var data = Action(answer, OpenVerb)["data"]!.DeepClone().AsObject();
        // Whatever a client puts in the data, the field is empty: the teller writes the story themselves.
        data["story"] = "Het gesprek met de moeder over haar zorgen";

        var form = CardOf(await harness.InvokeAsync(OpenVerb, data, locale: locale));

        var field = Inputs(form).Single(i => i["id"]?.GetValue<string>() == "story");
        Assert.Equal("", field["value"]!.GetValue<string>());
        Assert.StartsWith(storyLabelStart, field["label"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(Actions(form), a => a["verb"]?.GetValue<string>() == "courage.preview");
    }

    [Fact]
    public async Task ShareOffer_LeftAlone_NothingFollowsAndNothingIsStored()
    {
        await harness.AnswerFollowUpAsync(await FollowUpCardAsync(), new JsonObject { ["outcome"] = "Ja" });
        var sent = host.Connector.Requests.Count;

        await harness.AtAsync(FollowUpAt.AddDays(1));
        await harness.AtAsync(FollowUpAt.AddDays(7));

        Assert.DoesNotContain(host.Connector.Requests.Skip(sent), r => r.Path.Contains(TestActivities.PersonalConversation, StringComparison.Ordinal)
            && (r.Body.Contains(OpenVerb, StringComparison.Ordinal) || r.Body.Contains("anoniem delen", StringComparison.Ordinal)));
        Assert.Empty(await host.RowsAsync(StorageTables.CourageStoriesName));
    }

    /// <summary>A reflection finished, its follow-up sent on the step's date: the card Alex got.</summary>
    private async Task<JsonNode> FollowUpCardAsync()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        await harness.AtAsync(FollowUpAt);
        var followUp = host.Connector.Requests.Last(r => r.Method == "POST" && r.Body.Contains("reflection.followup", StringComparison.Ordinal)
            && !r.Path.Contains("/activities/", StringComparison.Ordinal));
        return followUp.Json!["attachments"]![0]!["content"]!;
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true => [obj],
        JsonObject obj => obj.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        JsonArray array => array.SelectMany(i => i is null ? [] : Inputs(i)),
        _ => [],
    };
}
