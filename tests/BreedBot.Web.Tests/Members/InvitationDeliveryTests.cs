using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Domain.Outbound;
using BreedBot.Storage;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Users;
using BreedBot.Testing;
using BreedBot.Web.Outbound;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Members;

/// <summary>
/// Join invitations go through the outbox: a person who blocked BreedBot is a counted delivery and the install
/// still succeeds for everyone else; someone who left and was added again is invited again, once.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class InvitationDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string InvitationSummary = "BreedBot: doe mee met duo's";
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster);
    }

    private static StandInMember[] Roster { get; } =
    [
        new(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
        new("29:1ana", "Ana Jansen", "aad-ana"),
        new("29:1bo", "Bo de Wit", "aad-bo"),
    ];

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TeamInstall_OneMemberBlockedBreedBot_WelcomeAndOtherInvitationsArriveAndStatusCountsTheBlockedOne()
    {
        host.Connector.BlockUser("29:1ana");

        var response = await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.Requests, r => r.Method == "POST" && r.Path == $"/v3/conversations/{TestActivities.TeamId}/activities");
        Assert.Equal(2, InvitationsSent());
        var records = (await host.Services.GetRequiredService<DeliveryStore>().ListWeekAsync(TestActivities.Tenant, TestActivities.TeamId, "2027-W07", CancellationToken.None))
            .Where(r => r.Kind == MessageKinds.Invitation).ToList();
        Assert.Equal(DeliveryOutcome.BlockedByUser, Assert.Single(records, r => r.RecipientKey == "aad-ana").Outcome);
        Assert.Equal(2, records.Count(r => r.Outcome == DeliveryOutcome.Sent));

        var status = await host.AskStatusAsync("st-inv");
        Assert.Contains("Uitnodigingen: 2 van 3 uitnodigingen bezorgd; 1 niet: BreedBot is geblokkeerd (1).", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberAddedEventDeliveredTwice_InvitedOnce_AndInvitedAgainAfterLeavingAndComingBack()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
        // Teams' roster knows the newcomer by the time the event arrives.
        host.Connector.SetRoster(TestActivities.TeamId, [.. Roster, new StandInMember("29:1cas", "Cas Smit", "aad-cas")]);
        var added = Event("teamMemberAdded", "membersAdded");
        var removed = Event("teamMemberRemoved", "membersRemoved");

        await host.PostAsync(added);
        await host.PostAsync(added.DeepClone());
        await host.SendQueuedAsync();
        Assert.Equal(1, await InvitationsToAsync("aad-cas"));

        await host.PostAsync(removed);
        host.Time.Advance(TimeSpan.FromMinutes(5));
        await host.PostAsync(added.DeepClone());
        await host.PostAsync(added.DeepClone());
        await host.SendQueuedAsync();
        Assert.Equal(2, await InvitationsToAsync("aad-cas"));
    }

    [Fact]
    public async Task MemberAdded_IdTeamsRosterDoesNotKnow_NoMemberRowAndNoInvitation()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(Event("teamMemberAdded", "membersAdded"));
        await host.SendQueuedAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await host.RowsAsync(StorageTables.MembersName), m => m.RowKey == "aad-cas");
        Assert.Contains(host.Connector.Requests.Skip(before), r => r.Is("GET", $"/v3/conversations/{TestActivities.TeamId}/members/"));
        Assert.DoesNotContain(host.Connector.Requests.Skip(before), r => r.Method == "POST");
    }

    [Fact]
    public async Task MemberAdded_KnownToTheRoster_RosterDetailsAreStored()
    {
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        host.Connector.SetRoster(TestActivities.TeamId, [.. Roster, new StandInMember("29:1cas", "Cas Smit", "aad-cas", UserPrincipalName: "cas@noord.example")]);
        var added = Event("teamMemberAdded", "membersAdded");
        added["membersAdded"]![0]!["name"] = "Someone Else";

        await host.PostAsync(added);

        var row = Assert.Single(await host.RowsAsync(StorageTables.MembersName), m => m.RowKey == "aad-cas");
        Assert.Equal("Cas Smit", row.GetString("Name"));
    }

    private JsonObject Event(string eventType, string list)
    {
        var change = TestActivities.TeamInstall(host.ServiceUrl);
        change.Remove("membersAdded");
        change["channelData"]!["eventType"] = eventType;
        change[list] = new JsonArray(new JsonObject { ["id"] = "29:1cas", ["aadObjectId"] = "aad-cas", ["name"] = "Cas Smit" });
        return change;
    }

    private int InvitationsSent() =>
        host.Connector.Requests.Count(r => r.Method == "POST" && r.Json?["summary"]?.GetValue<string>() == InvitationSummary);

    private async Task<int> InvitationsToAsync(string memberKey)
    {
        var chat = await host.Services.GetRequiredService<UserConversationStore>().GetAsync(TestActivities.Tenant, memberKey, CancellationToken.None);
        Assert.NotNull(chat);
        var path = $"/v3/conversations/{chat.Chat.ConversationId}/activities";
        return host.Connector.Requests.Count(r => r.Method == "POST" && Uri.UnescapeDataString(r.Path) == path
            && r.Json?["summary"]?.GetValue<string>() == InvitationSummary);
    }
}
