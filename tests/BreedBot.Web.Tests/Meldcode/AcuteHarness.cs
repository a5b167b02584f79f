using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>
/// A team for the urgent consult: Alex (who presses), Ana (the duopartner once paired) and Bo (the
/// aandachtsfunctionaris once chosen); presses on the acute card as Teams sends them, and what reached the stand-in.
/// </summary>
internal static class AcuteHarness
{
    public const string SecondTeam = "19:wijkteam-zuid@thread.tacv2";
    public const string AnaAad = "aad-ana";
    public const string BoAad = "aad-bo";
    public const string CaseMarker = "CASUS-MARKER-7Q";

    public static readonly (string Id, string Name, string Aad, string Role)[] Roster =
    [
        (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner"),
        ("29:1ana", "Ana Jansen", AnaAad, "user"),
        ("29:1bo", "Bo de Wit", BoAad, "user"),
    ];

    public static async Task<BotHost> StartAsync(AzuriteFixture azurite, bool partner, bool aandachtsfunctionaris, string teamLocale = "nl-NL")
    {
        var host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@noord.example", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, locale: teamLocale));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await JoinAsync(host, TestActivities.TeamId, Roster[0]);
        await JoinAsync(host, TestActivities.TeamId, Roster[1]);
        if (partner)
        {
            await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        }

        if (aandachtsfunctionaris)
        {
            await SetAandachtsfunctionarisAsync(host, TestActivities.TeamId, BoAad);
        }

        return host;
    }

    public static async Task AddSecondTeamWithAandachtsfunctionarisAsync(BotHost host, string key)
    {
        host.Connector.SetRoster(SecondTeam, Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        var install = TestActivities.TeamInstall(host.ServiceUrl);
        install["id"] = "install-zuid";
        install["conversation"]!["id"] = SecondTeam;
        install["channelData"]!["team"] = new JsonObject { ["id"] = SecondTeam, ["name"] = "Wijkteam Zuid" };
        await host.PostAsync(install);
        await JoinAsync(host, SecondTeam, Roster[0]);
        await SetAandachtsfunctionarisAsync(host, SecondTeam, key);
    }

    public static Task<bool> SetAandachtsfunctionarisAsync(BotHost host, string teamId, string key) =>
        host.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(
            TestActivities.Tenant, teamId, s => s with { AandachtsfunctionarisKey = key }, CancellationToken.None);

    public static Task<HttpResponseMessage> JoinAsync(BotHost host, string teamId, (string Id, string Name, string Aad, string Role) person) =>
        host.PostAsync(TestActivities.Join(host.ServiceUrl, person.Id, person.Aad, teamId));

    /// <summary>Presses a button of the acute card as Alex, with case content on the card to prove none of it travels.</summary>
    public static async Task<JsonObject> PressAsync(BotHost host, string verb, string locale = "nl-NL")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb, locale);
        activity["from"]!["name"] = "Alex Wilber";
        activity["value"]!["action"]!["data"] = new JsonObject { ["verb"] = verb, ["casus"] = CaseMarker };
        var response = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());
        return answer["value"]!.AsObject();
    }

    public static bool IsConsultMessage(RecordedRequest r) =>
        r.Method == "POST" && r.Path.EndsWith("/activities", StringComparison.Ordinal) && r.Json?["text"]?.GetValue<string>() is { } text
        && (text.Contains("met spoed met je overleggen", StringComparison.Ordinal) || text.Contains("consult you urgently", StringComparison.Ordinal));

    public static List<RecordedRequest> ConsultMessages(BotHost host) => [.. host.Connector.Requests.Where(IsConsultMessage)];

    /// <summary>Until the stand-in has received <paramref name="count"/> consult messages (bounded, so a missing one fails the test).</summary>
    public static async Task WaitForConsultMessagesAsync(BotHost host, int count)
    {
        while (ConsultMessages(host) is { } seen && seen.Count < count)
        {
            var last = seen.Count == 0 ? 0 : seen[^1].Sequence;
            await host.Connector.WaitForRequestAsync(r => IsConsultMessage(r) && r.Sequence > last, TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>A personal chat BreedBot already knows, so the test knows where that person's message goes.</summary>
    public static Task<bool> KnownChatAsync(BotHost host, string key, string conversationId, string? locale = null) =>
        host.Services.GetRequiredService<BreedBot.Storage.Users.UserConversationStore>().RecordInstallAsync(
            TestActivities.Tenant, key, new Domain.Teams.ConversationAddress(host.ServiceUrl, conversationId, TestActivities.BotId), locale, CancellationToken.None);

    public static async Task<List<Azure.Data.Tables.TableEntity>> ConsultDeliveriesAsync(BotHost host)
    {
        await host.Services.GetRequiredService<UrgentConsultSends>().WhenIdleAsync();
        return [.. (await host.RowsAsync(StorageTables.DeliveriesName)).Where(d => d.GetString("Kind") == "urgent-consult")];
    }
}
