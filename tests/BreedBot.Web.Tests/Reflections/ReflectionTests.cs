using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>A reflection from 'reflectie' to the summary, shared with the duo partner, who responds.</summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Reflection_StartToSummary_ShowsAnswersDossierLineAndFollowUpDate()
    {
        var first = await harness.SayAsync("reflectie");
        Assert.Contains("Stap 1 van 8", Text(first), StringComparison.Ordinal);
        Assert.Equal(1, NextData(first)["step"]!.GetValue<int>());

        var summary = await harness.CompleteAsync(first);

        Assert.Equal(200, summary["statusCode"]!.GetValue<int>());
        var card = Text(CardOf(summary));
        Assert.Contains("Reflectie klaar: casus A", card, StringComparison.Ordinal);
        Assert.Contains("Collegiale consultatie (meldcode stap 2) met duopartner op 15-2-2027; vervolgstap: Advies vragen bij Veilig Thuis (met Veilig Thuis, uiterlijk 22-2-2027).", card, StringComparison.Ordinal);
        Assert.Contains("Op maandag 22 februari 2027 vraagt BreedBot hoe je stap ging.", card, StringComparison.Ordinal);
        Assert.Contains("Gedeeld met je duopartner Ana Jansen", card, StringComparison.Ordinal);
        var row = Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName));
        Assert.Equal($"{TestActivities.Tenant}|{TestActivities.UserAad}", row.PartitionKey);
        Assert.Equal(9, row.GetInt32("Step"));
        Assert.Single(await host.RowsAsync(StorageTables.ReflectionsDueName));
    }

    [Fact]
    public async Task Reflection_Shared_ReachesOnlyThePartnerWhoCanRespondToTheAuthor()
    {
        var first = await harness.SayAsync("reflectie");
        var id = NextData(first)["reflectionId"]!.GetValue<string>();
        var before = host.Connector.Requests.Count;

        await harness.CompleteAsync(first);

        var shared = await host.Connector.WaitForRequestAsync(r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duopartner deelt een reflectie", TimeSpan.FromSeconds(10));
        Assert.DoesNotContain(TestActivities.PersonalConversation, shared.Path, StringComparison.Ordinal);
        Assert.Single(host.Connector.Requests.Skip(before), r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duopartner deelt een reflectie");
        var sharedCard = shared.Json!["attachments"]![0]!["content"]!;
        Assert.Contains("Alex Wilber deelt een reflectie: casus A", Text(sharedCard), StringComparison.Ordinal);
        var respond = Action(sharedCard, "reflection.respond")["data"]!.DeepClone().AsObject();
        respond["response"] = "Sterk dat je dit oppakt. Dinsdag even bellen?";

        var answer = await harness.InvokeAsync("reflection.respond", respond, AnaId, AnaAad);

        Assert.Contains("Je reactie:", Text(CardOf(answer)), StringComparison.Ordinal);
        var told = await host.Connector.WaitForRequestAsync(r => r.Path.Contains(TestActivities.PersonalConversation, StringComparison.Ordinal) && r.Body.Contains("reageerde op je reflectie", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("Sterk dat je dit oppakt", told.Body, StringComparison.Ordinal);
        Assert.Equal("BreedBot: bericht", told.Json!["summary"]!.GetValue<string>());

        // The author may not pose as the partner, and a stranger gets nothing.
        Assert.Equal(404, (await harness.InvokeAsync("reflection.respond", Clone(respond)))["statusCode"]!.GetValue<int>());
        Assert.Equal(404, (await harness.InvokeAsync("reflection.respond", Clone(respond), "29:1eve", "aad-eve"))["statusCode"]!.GetValue<int>());
        Assert.Equal(id, respond["reflectionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reflection_PartnerResponseIdentifying_IsRefusedWithTextKept()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        var shared = await host.Connector.WaitForRequestAsync(r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duopartner deelt een reflectie", TimeSpan.FromSeconds(10));
        var respond = Action(shared.Json!["attachments"]![0]!["content"]!, "reflection.respond")["data"]!.DeepClone().AsObject();
        respond["response"] = "Bel mevrouw Jansen op 06-12345678";

        var answer = Text(CardOf(await harness.InvokeAsync("reflection.respond", respond, AnaId, AnaAad)));

        Assert.Contains("Bel mevrouw Jansen op 06-12345678", answer, StringComparison.Ordinal);
        Assert.Contains("Reactie: Dit kan ik niet bewaren: er staat een telefoonnummer en een naam", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Bel mevrouw", Text(await host.RowsAsync(StorageTables.ReflectionsName) is var rows ? JsonNode.Parse(rows[0].GetString("Document"))! : null!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reflection_KeptPrivate_ReachesNobody()
    {
        var before = host.Connector.Requests.Count;

        var summary = await harness.CompleteAsync(await harness.SayAsync("reflectie"), step => step == 8 ? new JsonObject { ["share"] = "Private" } : ValidAnswers[step].DeepClone().AsObject());

        Assert.Contains("Alleen jij ziet deze reflectie.", Text(CardOf(summary)), StringComparison.Ordinal);
        Assert.Contains("Reflectie op eigen handelen", Text(CardOf(summary)), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Connector.Requests.Skip(before), r => r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duopartner deelt een reflectie");
    }

    [Fact]
    public async Task Reflection_LaterThenReflectieAgain_OffersItByLabelAndResumesAtTheSameStep()
    {
        var first = await harness.SayAsync("reflectie");
        var second = CardOf(await harness.SubmitAsync(first, ValidAnswers[1].DeepClone().AsObject()));
        var later = await harness.InvokeAsync("reflection.later", NextData(second));
        Assert.Contains("Bewaard: later verder", Text(CardOf(later)), StringComparison.Ordinal);

        var list = await harness.SayAsync("reflection", "en-US");

        Assert.Contains("Your open reflections", Text(list), StringComparison.Ordinal);
        Assert.Contains("casus A", Text(list), StringComparison.Ordinal);
        var resumed = CardOf(await harness.InvokeAsync("reflection.resume", Action(list, "reflection.resume")["data"]!.DeepClone().AsObject(), locale: "en-US"));
        Assert.Contains("Step 2 of 8", Text(resumed), StringComparison.Ordinal);
        var fresh = CardOf(await harness.InvokeAsync("reflection.new", new JsonObject()));
        Assert.Contains("Stap 1 van 8", Text(fresh), StringComparison.Ordinal);
        Assert.Equal(2, (await host.RowsAsync(StorageTables.ReflectionsName)).Count);
    }

    [Theory]
    [InlineData("nl-NL", "Wat je op deze stap invulde, staat er weer als je verdergaat.")]
    [InlineData("en-US", "What you filled in on this step will be there again when you continue.")]
    public async Task Later_HalfFilledStep_KeepsItsAnswersAndShowsThemOnResume(string locale, string kept)
    {
        var first = await harness.SayAsync("reflectie");
        var second = CardOf(await harness.SubmitAsync(first, ValidAnswers[1].DeepClone().AsObject()));
        var typed = Merge(NextData(second), new JsonObject { ["sources"] = "Angst,Zorgen", ["trigger"] = "De vader werd boos bij het vorige gesprek" });

        var later = CardOf(await harness.InvokeAsync("reflection.later", typed, locale: locale));
        Assert.Contains(kept, Text(later), StringComparison.Ordinal);

        var list = await harness.SayAsync("reflectie", locale);
        var resumed = CardOf(await harness.InvokeAsync("reflection.resume", Action(list, "reflection.resume")["data"]!.DeepClone().AsObject(), locale: locale));
        Assert.Equal("Angst,Zorgen", InputValue(resumed, "sources"));
        Assert.Equal("De vader werd boos bij het vorige gesprek", InputValue(resumed, "trigger"));
        Assert.Equal("", InputValue(resumed, "strength"));
    }

    [Fact]
    public async Task Later_IdentifyingText_ExplainedAndNotStoredTheRestKept()
    {
        var first = await harness.SayAsync("reflectie");
        var second = CardOf(await harness.SubmitAsync(first, ValidAnswers[1].DeepClone().AsObject()));
        var typed = Merge(NextData(second), new JsonObject { ["sources"] = "Angst", ["strength"] = "4", ["trigger"] = "mevrouw Jansen belde 06-12345678" });

        var answer = CardOf(await harness.InvokeAsync("reflection.later", typed));

        Assert.Contains("De rest van deze stap is bewaard voor later.", Text(answer), StringComparison.Ordinal);
        Assert.Contains("telefoonnummer", Text(answer), StringComparison.Ordinal);
        Assert.Equal("mevrouw Jansen belde 06-12345678", InputValue(answer, "trigger"));
        var row = Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName));
        Assert.DoesNotContain("12345678", row.GetString("Document"), StringComparison.Ordinal);
        Assert.Contains("\"strength\":\"4\"", row.GetString("Document"), StringComparison.Ordinal);
        var list = await harness.SayAsync("reflectie");
        var resumed = CardOf(await harness.InvokeAsync("reflection.resume", Action(list, "reflection.resume")["data"]!.DeepClone().AsObject()));
        Assert.Equal("4", InputValue(resumed, "strength"));
        Assert.Equal("", InputValue(resumed, "trigger"));
    }

    [Fact]
    public async Task Reflection_Back_ShowsThePreviousStepWithItsAnswers()
    {
        var first = await harness.SayAsync("reflectie");
        var second = CardOf(await harness.SubmitAsync(first, ValidAnswers[1].DeepClone().AsObject()));

        var back = CardOf(await harness.InvokeAsync("reflection.back", NextData(second)));

        Assert.Contains("Stap 1 van 8", Text(back), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"casus A\"", Text(back), StringComparison.Ordinal);
        Assert.Equal(3, NextData(back)["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reflection_AfterFourteenDays_IsExpiredAndDeleted()
    {
        var first = await harness.SayAsync("reflectie");
        var second = CardOf(await harness.SubmitAsync(first, ValidAnswers[1].DeepClone().AsObject()));
        host.Time.Advance(TimeSpan.FromDays(14));

        var answer = await harness.SubmitAsync(second, ValidAnswers[2].DeepClone().AsObject());

        Assert.Contains("Deze reflectie is verlopen", Text(CardOf(answer)), StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.ReflectionsName));
        Assert.Contains("Stap 1 van 8", Text(await harness.SayAsync("reflectie")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reflection_AcuteUnsafety_ShowsTheNumbersFirstOnTheNextCard()
    {
        var card = await harness.SayAsync("reflectie");
        for (var step = 1; step <= 5; step++)
        {
            card = CardOf(await harness.SubmitAsync(card, ValidAnswers[step].DeepClone().AsObject()));
        }

        var next = Text(CardOf(await harness.SubmitAsync(card, new JsonObject { ["stage"] = "Signals", ["acute"] = "Yes", ["structural"] = "Unknown" })));

        Assert.Contains("Je schat in dat er acute onveiligheid is", next, StringComparison.Ordinal);
        Assert.True(next.IndexOf("Bel nu 112", StringComparison.Ordinal) < next.IndexOf("Je volgende moedige stap (kort", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reflection_AcuteWeetIkNiet_ShowsTheNumbersAndTheInDoubtRuleOnTheNextCard()
    {
        var card = await harness.SayAsync("reflectie");
        for (var step = 1; step <= 5; step++)
        {
            card = CardOf(await harness.SubmitAsync(card, ValidAnswers[step].DeepClone().AsObject()));
        }

        var next = Text(CardOf(await harness.SubmitAsync(card, new JsonObject { ["stage"] = "Signals", ["acute"] = "Unknown", ["structural"] = "No" })));

        Assert.Contains("Je weet niet zeker of er acute onveiligheid is", next, StringComparison.Ordinal);
        Assert.True(next.IndexOf("Bel nu 112", StringComparison.Ordinal) < next.IndexOf("Bij twijfel: vraag Veilig Thuis om advies", StringComparison.Ordinal));
        Assert.True(next.IndexOf("Bij twijfel", StringComparison.Ordinal) < next.IndexOf("Je volgende moedige stap (kort", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reflection_HonourRelatedViolence_NextCardSaysConsultAnExpertBeforeAnyConversation()
    {
        var card = await harness.SayAsync("reflectie");

        var next = Text(CardOf(await harness.SubmitAsync(card, new JsonObject { ["label"] = "casus B", ["form"] = "HonourRelated", ["children"] = "Unknown" })));

        Assert.Contains("Stap 2 van 8", next, StringComparison.Ordinal);
        Assert.Contains("Eergerelateerd geweld: Een gesprek met de cliënt kan het gevaar dan vergroten. Raadpleeg vóór elk gesprek eerst een deskundige", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reflection_MeldcodeStepChosen_NextCardShowsItsQuestionsAndTheClusterNotes()
    {
        var card = await harness.SayAsync("reflectie");
        for (var step = 1; step <= 5; step++)
        {
            card = CardOf(await harness.SubmitAsync(card, ValidAnswers[step].DeepClone().AsObject()));
        }

        var nextCard = CardOf(await harness.SubmitAsync(card, new JsonObject { ["stage"] = "Weighing", ["acute"] = "No", ["structural"] = "Unknown" }));
        var next = Text(nextCard);

        Assert.Contains("Stap 7 van 8", next, StringComparison.Ordinal);
        Assert.Contains("Je bent bij meldcode stap 4 · ", next, StringComparison.Ordinal);
        Assert.Contains("Vragen voor jezelf:", next, StringComparison.Ordinal);
        // Alex joined as a social worker: that cluster's own afwegingskader is named.
        Assert.Contains("Sociaal werkers en jeugd- en gezinsprofessionals hebben een eigen afwegingskader", next, StringComparison.Ordinal);

        var back = Text(CardOf(await harness.InvokeAsync("reflection.back", NextData(nextCard))));
        Assert.Contains("Stap 6 van 8", back, StringComparison.Ordinal);
        Assert.DoesNotContain("Vragen voor jezelf:", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reflection_MeldcodeNotStarted_NoStepQuestions()
    {
        var card = await harness.SayAsync("reflectie");
        for (var step = 1; step <= 5; step++)
        {
            card = CardOf(await harness.SubmitAsync(card, ValidAnswers[step].DeepClone().AsObject()));
        }

        var next = Text(CardOf(await harness.SubmitAsync(card, new JsonObject { ["stage"] = "NotStarted", ["acute"] = "No", ["structural"] = "No" })));

        Assert.Contains("Stap 7 van 8", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Vragen voor jezelf:", next, StringComparison.Ordinal);
    }

    private static JsonObject Clone(JsonObject data) => data.DeepClone().AsObject();

    private static string? InputValue(JsonNode node, string id) => node switch
    {
        JsonObject obj when obj["id"]?.GetValue<string>() == id => obj["value"]?.GetValue<string>() ?? "",
        JsonObject obj => obj.Select(p => p.Value is null ? null : InputValue(p.Value, id)).FirstOrDefault(v => v is not null),
        JsonArray array => array.Select(item => item is null ? null : InputValue(item, id)).FirstOrDefault(v => v is not null),
        _ => null,
    };
}
