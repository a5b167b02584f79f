using BreedBot.Domain.Outbound;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>
/// A shared reflection and the partner's response go through the outbox: a retried click sends neither twice,
/// and a partner who blocked BreedBot is a counted delivery while the author still gets their summary.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionShareDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Share_LastStepClickedTwice_PartnerGetsOneCard()
    {
        var card = await harness.SayAsync("reflectie");
        for (var step = 1; step <= 7; step++)
        {
            card = CardOf(await harness.SubmitAsync(card, ValidAnswers[step].DeepClone().AsObject()));
        }

        var first = await harness.SubmitAsync(card, ValidAnswers[8].DeepClone().AsObject());
        await harness.SubmitAsync(card, ValidAnswers[8].DeepClone().AsObject());

        Assert.Contains("Reflectie klaar: casus A", Text(CardOf(first)), StringComparison.Ordinal);
        Assert.Single(harness.SharedCards());
    }

    [Fact]
    public async Task Response_ClickedTwice_AuthorToldOnce()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        var shared = Assert.Single(harness.SharedCards());
        var respond = Action(shared.Json!["attachments"]![0]!["content"]!, "reflection.respond")["data"]!.DeepClone().AsObject();
        respond["response"] = "Sterk dat je dit oppakt.";

        await harness.InvokeAsync("reflection.respond", respond.DeepClone().AsObject(), AnaId, AnaAad);
        await harness.InvokeAsync("reflection.respond", respond.DeepClone().AsObject(), AnaId, AnaAad);

        Assert.Single(host.Connector.Requests, r => r.Method == "POST" && r.Path.Contains(TestActivities.PersonalConversation, StringComparison.Ordinal)
            && r.Body.Contains("reageerde op je reflectie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Share_PartnerBlockedBreedBot_AuthorGetsTheSummaryAndStatusCountsTheBlockedShare()
    {
        host.Connector.BlockUser(AnaId);

        var summary = await harness.CompleteAsync(await harness.SayAsync("reflectie"));

        Assert.Equal(200, summary["statusCode"]!.GetValue<int>());
        Assert.Contains("Reflectie klaar: casus A", Text(CardOf(summary)), StringComparison.Ordinal);
        var week = await host.Services.GetRequiredService<DeliveryStore>().ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", CancellationToken.None);
        var share = Assert.Single(week, r => r.Kind == MessageKinds.ReflectionShare);
        Assert.Equal((AnaAad, DeliveryOutcome.BlockedByUser), (share.RecipientKey, share.Outcome));
        var status = await host.AskStatusAsync("st-share");
        Assert.Contains("Andere berichten: 0 van 1 bericht bezorgd; 1 niet: BreedBot is geblokkeerd (1).", status, StringComparison.Ordinal);
    }
}
