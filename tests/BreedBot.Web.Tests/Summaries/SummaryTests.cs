using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Teams;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Summaries;

/// <summary>"@BreedBot overzicht": owners post the week's summary in the channel; it shows nothing below three.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SummaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, TestActivities.UserAad, "owner"),
        ("29:1ana", "aad-ana", "user"),
    ];

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Id, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Overzicht_Owner_PostsTheSummaryCardWithOnlyWhatMayBeShown()
    {
        await RecordThisWeekAsync(participants: 4);

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "overzicht", id: "sum-1"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("BreedBot: weekoverzicht", reply.Json!["summary"]!.GetValue<string>());
        var card = reply.Json["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Duopartners spraken elkaar deze week drie keer.", card, StringComparison.Ordinal);
        Assert.Contains("Genoemd ongemak: angst.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("zorgen", card, StringComparison.Ordinal); // named twice: below the minimum
        Assert.Contains("Tip van de week", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overzicht_FewerThanThreeParticipants_NoCountsOnlyAKindSentence()
    {
        await RecordThisWeekAsync(participants: 2);

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "overzicht", id: "sum-2"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-2", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var body = reply.Json!["attachments"]![0]!["content"]!["body"]!.AsArray();
        var card = body.ToJsonString();
        Assert.DoesNotContain("spraken elkaar", card, StringComparison.Ordinal);
        Assert.DoesNotContain("duomomenten", card, StringComparison.Ordinal);
        Assert.DoesNotContain("collega's deden mee", card, StringComparison.Ordinal);
        Assert.Contains("Deze week deden minder dan 3 mensen mee, dus tonen we geen aantallen", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overzicht_FewerThanThreeParticipantsInEnglish_NoCountsOnlyAKindSentence()
    {
        await RecordThisWeekAsync(participants: 2);
        var message = TestActivities.ChannelMessage(host.ServiceUrl, "summary", id: "sum-2en");
        message["locale"] = "en-US";

        await host.PostAsync(message);

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-2en", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var card = reply.Json!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.DoesNotContain("Duo partners met", card, StringComparison.Ordinal);
        Assert.Contains("This week fewer than 3 people took part, so we show no numbers", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overzicht_NotAnOwner_KindRefusalInPrivateAndNoCard()
    {
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "overzicht", fromId: Roster[1].Id, fromAad: Roster[1].Aad, id: "sum-3"));

        var note = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-3", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Equal("Dat stuur ik je persoonlijk.", note.Json!["text"]!.GetValue<string>());
        var refusal = (await host.PersonalMessagesAsync(Roster[1].Aad)).Last();
        Assert.StartsWith(
            "Over Wijkteam Noord:\nAlleen eigenaren van dit team kunnen het overzicht op verzoek plaatsen. Het komt vanzelf in het kanaal van het team, elke vrijdag om 15:00.",
            refusal.Json!["text"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.DoesNotContain(host.Connector.Requests, r => r.Json?["attachments"] is not null && r.Body.Contains("FactSet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overzicht_TeamPaused_NoSummary()
    {
        await host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(TestActivities.Tenant, TestActivities.TeamId, s => s with { Paused = true }, CancellationToken.None);

        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "overzicht", id: "sum-4"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-4", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.StartsWith("BreedBot staat gepauzeerd voor dit team", reply.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task RecordThisWeekAsync(int participants)
    {
        var store = host.Services.GetRequiredService<TeamWeekFactStore>();
        var week = IsoWeek.Of(host.Time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var keys = Enumerable.Range(0, participants).Select(i => $"aad-{i}").ToArray();
        for (var i = 0; i < 4; i++)
        {
            await store.RecordAsync(TestActivities.Tenant, TestActivities.TeamId, week, new DuoMomentPlanned($"p{i}"), CancellationToken.None);
        }

        for (var i = 0; i < 3; i++)
        {
            await store.RecordAsync(TestActivities.Tenant, TestActivities.TeamId, week, new DuoMomentHeld($"h{i}", [DuoActivity.CaseDiscussed], 4), keys, CancellationToken.None);
            await store.RecordAsync(TestActivities.Tenant, TestActivities.TeamId, week, new ReflectionCompleted($"r{i}", i < 2 ? [DiscomfortSource.Angst, DiscomfortSource.Zorgen] : [DiscomfortSource.Angst], null, [], []), CancellationToken.None);
        }
    }
}
