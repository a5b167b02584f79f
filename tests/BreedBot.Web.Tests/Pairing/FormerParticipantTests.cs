using System.Text.Json.Nodes;
using BreedBot.Domain.Outbound;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static BreedBot.Web.Tests.Hosting.ReminderHarness;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// After someone erases their data, the cards in their partner's chat that named them are updated in place: the duo
/// card shows "oud-deelnemer" without links to them, and the week's reminder, which showed their check-in, no longer
/// shows it or their name.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class FormerParticipantTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ReminderHarness duo = null!;

    public async Task InitializeAsync() => duo = await ReminderHarness.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await duo.DisposeAsync();

    [Fact]
    public async Task DeleteMyData_PartnersDuoCardAndReminder_NoLongerNameOrShowTheErasedPerson()
    {
        await duo.AtAsync(Moment);
        await duo.AnswerAsync(Roster[0], "duo.checkin", duo.ReminderData(), ("what", "CaseDiscussed"), ("usefulness", "4"));
        var anaCards = await AnaCardsAsync();
        var conversation = anaCards[MessageKinds.DuoAnnouncement].Conversation!.ConversationId;
        Assert.Contains(duo.Host.Connector.Requests, r => r.Method == "POST" && r.Path.Contains(conversation, StringComparison.Ordinal)
            && r.Json?["summary"]?.GetValue<string>() == "BreedBot: je duo" && CardText(r).Contains("Alex Wilber", StringComparison.Ordinal));
        var before = duo.Host.Connector.Requests.Count;

        var erase = TestActivities.CardAction(duo.Host.ServiceUrl, "mydata.delete");
        erase["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "mydata.delete" };
        await duo.Host.PostAsync(erase);
        await duo.Host.SendQueuedAsync();

        var updates = duo.Host.Connector.Requests.Skip(before).Where(r => r.Method == "PUT").ToList();
        var duoCard = Assert.Single(updates, u => u.Path.EndsWith("/activities/" + anaCards[MessageKinds.DuoAnnouncement].ActivityId, StringComparison.Ordinal));
        var card = CardText(duoCard);
        Assert.Contains("oud-deelnemer", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", card, StringComparison.Ordinal);
        Assert.DoesNotContain(TestActivities.UserAad, card, StringComparison.Ordinal);
        Assert.Contains("Elke dinsdag om 09:30", card, StringComparison.Ordinal);
        var reminder = CardText(Assert.Single(updates, u => u.Path.EndsWith("/activities/" + anaCards[BreedBot.Domain.DuoWeeks.DuoWeekKinds.DuoReminder].ActivityId, StringComparison.Ordinal)));
        Assert.Contains("Duomoment met een oud-deelnemer", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain("besproken", reminder, StringComparison.Ordinal);
        Assert.Equal(2, updates.Count);
    }

    /// <summary>Ana's latest card of each kind, by its delivery record: where it is.</summary>
    private async Task<Dictionary<string, DeliveryRecord>> AnaCardsAsync()
    {
        var store = duo.Host.Services.GetRequiredService<DeliveryStore>();
        var records = await store.ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", CancellationToken.None);
        return records.Where(r => r.RecipientKey == Roster[1].Aad && r.Outcome == DeliveryOutcome.Sent && r.ActivityId is not null)
            .GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Last());
    }
}
