using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.MyData;

/// <summary>A person can see everything BreedBot keeps about them, and delete all of it.</summary>
[Collection(SharedAzurite.Name)]
public sealed class MyDataTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", "aad-ana", "user"),
        ("29:1bo", "Bo de Wit", "aad-bo", "user"),
        ("29:1cas", "Cas Smit", "aad-cas", "user"),
    ];

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await JoinAsync(Roster[0], notWith: "aad-bo");
        await JoinAsync(Roster[1], notWith: TestActivities.UserAad);
        await JoinAsync(Roster[2], notWith: null);
        await JoinAsync(Roster[3], notWith: null);
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task MyData_ShowsEachKindWithCountAndDateInMyOwnChat()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "mijn gegevens", id: "data-1"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/data-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var card = reply.Json!["attachments"]![0]!["content"]!;
        var facts = card["body"]!.AsArray().First(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("1 · laatst 15 februari 2027", facts["Duo's"]);
        Assert.Equal("1 · laatst 15 februari 2027", facts["Teams en je antwoorden"]);
        Assert.Equal("1 · laatst 15 februari 2027", facts["Chatadres"]);
        Assert.Contains("mydata.export", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("BreedBot: je gegevens", reply.Json["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task MyDataExport_SendsEverythingWithNamesInMyOwnChat()
    {
        var before = host.Connector.Requests.Count;

        var answer = await ConfirmAsync("mydata.export");

        Assert.Contains("Hieronder verstuurd in 1 bericht.", answer, StringComparison.Ordinal);
        var sent = host.Connector.Requests.Skip(before).Where(r => r.Json?["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive").ToList();
        var export = Assert.Single(sent);
        var text = export.Json!["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("\"Je gegevens\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(1 van 1)", text, StringComparison.Ordinal);
        Assert.Contains("liever niet met: Bo de Wit", text, StringComparison.Ordinal);
        Assert.Contains("Tijdzone (uit Teams, voor je herinneringen): Europe/Amsterdam.", text, StringComparison.Ordinal);
        Assert.Contains("Je duo in Wijkteam Noord nu (rotatie 1): met Cas Smit", text, StringComparison.Ordinal);
        Assert.Contains("Het adres van deze chat", text, StringComparison.Ordinal);
        Assert.Contains(TestActivities.PersonalConversation, export.Path, StringComparison.Ordinal);
        Assert.Equal("BreedBot: bericht", export.Json["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task MyDataAskDelete_FromTheOverviewButton_AnswersWithTheQuestion()
    {
        var answer = await ConfirmAsync("mydata.ask");

        Assert.Contains("Al je gegevens verwijderen?", answer, StringComparison.Ordinal);
        Assert.Contains("mydata.delete", answer, StringComparison.Ordinal);
        Assert.NotEmpty(await RowsMentioningAsync(TestActivities.UserAad, TestActivities.UserId));
    }

    [Fact]
    public async Task DeleteMyData_Confirmed_LeavesNoRowAboutMeInAnyTableAndTellsMyPartner()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "verwijder mijn gegevens", id: "del-1"));
        var ask = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/del-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("mydata.delete", ask.Body, StringComparison.Ordinal);
        var before = host.Connector.Requests.Count;

        var first = await ConfirmAsync("mydata.delete");
        var second = await ConfirmAsync("mydata.delete");
        await host.SendQueuedAsync();

        Assert.Contains("Je gegevens zijn verwijderd", first, StringComparison.Ordinal);
        Assert.Contains("Je gegevens zijn verwijderd", second, StringComparison.Ordinal);
        Assert.Contains(host.Connector.Requests.Skip(before), r => r.Json?["text"]?.GetValue<string>() == "Alex Wilber doet niet meer mee in dit team." && r.Json?["conversation"]?["id"] is not null);
        Assert.Empty(await RowsMentioningAsync(TestActivities.UserAad, TestActivities.UserId));
    }

    [Fact]
    public async Task DeleteMyData_Kept_DeletesNothing()
    {
        var answer = await ConfirmAsync("mydata.keep");

        Assert.Contains("Er is niets verwijderd", answer, StringComparison.Ordinal);
        Assert.NotEmpty(await RowsMentioningAsync(TestActivities.UserAad, TestActivities.UserId));
    }

    [Fact]
    public async Task MyData_CheckInsOfMyDuo_AreListedAndExportedButNotOtherDuos()
    {
        await CheckInAsync(TestActivities.UserAad, "aad-cas");
        await CheckInAsync("aad-ana", "aad-bo");

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "mijn gegevens", id: "data-ci"));
        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/data-ci", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var before = host.Connector.Requests.Count;
        await ConfirmAsync("mydata.export");

        Assert.Contains("Duomomenten (gesproken, verzet, overgeslagen)", reply.Body, StringComparison.Ordinal);
        var export = string.Concat(host.Connector.Requests.Skip(before).Select(r => r.Body));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(export, "gesproken, casus besproken, nut 4/5"));
    }

    [Fact]
    public async Task DeleteMyData_Confirmed_DeletesMyDuosWeeksAndKeepsOtherDuos()
    {
        var mine = await CheckInAsync(TestActivities.UserAad, "aad-cas");
        var theirs = await CheckInAsync("aad-ana", "aad-bo");

        await ConfirmAsync("mydata.delete");

        var left = (await host.Services.GetRequiredService<BreedBot.Storage.DuoWeeks.DuoWeekStore>().ListTeamAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None))
            .Select(w => w.DuoKey).ToList();
        Assert.DoesNotContain(mine, left);
        Assert.Contains(theirs, left);
    }

    private async Task<string> CheckInAsync(string first, string second)
    {
        var key = BreedBot.Domain.DuoWeeks.DuoKey.Of(1, [first, second]);
        var week = BreedBot.Domain.TeamWeeks.IsoWeek.Of(DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime));
        var store = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<BreedBot.Storage.DuoWeeks.DuoWeekStore>(host.Services);
        await store.ChangeAsync(TestActivities.Tenant, TestActivities.TeamId, week, key,
            w => (w with { CheckIn = new BreedBot.Domain.DuoWeeks.DuoCheckIn(BreedBot.Domain.DuoWeeks.DuoActivity.CaseDiscussed, 4, host.Time.GetUtcNow()) }, BreedBot.Domain.DuoWeeks.DuoWeekChange.Done), CancellationToken.None);
        return key;
    }

    private async Task<List<string>> RowsMentioningAsync(params string[] ids)
    {
        var found = new List<string>();
        foreach (var table in StorageTables.All)
        {
            foreach (var row in await host.RowsAsync(table))
            {
                var values = row.Select(p => p.Value?.ToString() ?? "").Append(row.PartitionKey).Append(row.RowKey);
                if (values.Any(v => ids.Any(id => v.Contains(id, StringComparison.Ordinal))))
                {
                    found.Add($"{table}/{row.PartitionKey}/{row.RowKey}");
                }
            }
        }

        return found;
    }

    private async Task<string> ConfirmAsync(string verb)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        activity["value"]!["action"]!["data"] = new JsonObject { ["verb"] = verb };
        var response = await host.PostAsync(activity);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task JoinAsync((string Id, string Name, string Aad, string Role) person, string? notWith)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "join.submit");
        activity["from"] = new JsonObject { ["id"] = person.Id, ["aadObjectId"] = person.Aad };
        var data = new JsonObject
        {
            ["verb"] = "join.submit",
            ["teamId"] = TestActivities.TeamId,
            ["role"] = "Wijkteam",
            ["cluster"] = "SociaalWerk",
            ["day"] = "Tuesday",
            ["time"] = "09:30",
        };
        if (notWith is not null)
        {
            data["notWith"] = notWith;
        }

        activity["value"]!["action"]!["data"] = data;
        await host.PostAsync(activity);
    }
}
