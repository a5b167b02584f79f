using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Storage.Teams;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Settings;

/// <summary>
/// The team's rhythm on the settings card and its quiet weeks on their own card: owners only, checked on every press,
/// every value checked on the server, each change recorded; the summary of a quiet week says so.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class QuietWeeksTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly (string Id, string Name, string Aad, string Role) Owner = (TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, "owner");
    private static readonly (string Id, string Name, string Aad, string Role) Ana = ("29:1ana", "Ana Jansen", "aad-ana", "user");

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, new[] { Owner, Ana }.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Open_Owner_GetsTheQuietWeeksCard()
    {
        var card = await PressAsync(Owner, "settings.quiet", []);

        Assert.Contains("Rustige weken van Wijkteam Noord", card, StringComparison.Ordinal);
        Assert.Contains("Nog geen rustige weken.", card, StringComparison.Ordinal);
        Assert.Contains("settings.quiet.add", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Owner_StoresThePeriodAndRecordsTheChange()
    {
        var card = await PressAsync(Owner, "settings.quiet.add", Period("voorjaarsvakantie", "2027-02-20", "2027-02-28"));

        Assert.Contains("Toegevoegd.", card, StringComparison.Ordinal);
        Assert.Contains("voorjaarsvakantie: za 20 feb 2027 – zo 28 feb 2027", card, StringComparison.Ordinal);
        var team = await TeamAsync();
        Assert.Equal([new Domain.Teams.QuietPeriod("voorjaarsvakantie", new DateOnly(2027, 2, 20), new DateOnly(2027, 2, 28))], team.QuietPeriods);
        var changes = await PressAsync(Owner, "settings.changes", []);
        Assert.Contains("rustige weken — → voorjaarsvakantie 2027-02-20/2027-02-28", changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_NotAnOwner_RefusedAndNothingStored()
    {
        var card = await PressAsync(Ana, "settings.quiet.add", Period("voorjaarsvakantie", "2027-02-20", "2027-02-28"));

        Assert.Contains("Alleen eigenaren van dit team", card, StringComparison.Ordinal);
        Assert.Empty((await TeamAsync()).QuietPeriods);
        Assert.Null((await host.RowsAsync(StorageTables.TeamsName)).Single().GetString("QuietWeeks"));
    }

    [Fact]
    public async Task Remove_NotAnOwner_RefusedAndThePeriodStays()
    {
        await PressAsync(Owner, "settings.quiet.add", Period("voorjaarsvakantie", "2027-02-20", "2027-02-28"));

        var card = await PressAsync(Ana, "settings.quiet.remove", new JsonObject { ["from"] = "2027-02-20", ["to"] = "2027-02-28" });

        Assert.Contains("Alleen eigenaren van dit team", card, StringComparison.Ordinal);
        Assert.Single((await TeamAsync()).QuietPeriods);
    }

    [Fact]
    public async Task Add_LabelWithAName_RefusedWithTheReasonAndWhatWasTypedStays()
    {
        var card = await PressAsync(Owner, "settings.quiet.add", Period("verlof Jan de Vries", "2027-02-20", "2027-02-28"));

        Assert.Contains("De naam lijkt iets te bevatten waaraan iemand te herkennen is", card, StringComparison.Ordinal);
        Assert.Contains("verlof Jan de Vries", card, StringComparison.Ordinal);
        Assert.Empty((await TeamAsync()).QuietPeriods);
    }

    [Fact]
    public async Task Add_InThePast_RefusedKindly()
    {
        var card = await PressAsync(Owner, "settings.quiet.add", Period("kerstvakantie", "2026-12-19", "2027-01-03"));

        Assert.Contains("Die periode is al voorbij.", card, StringComparison.Ordinal);
        Assert.Empty((await TeamAsync()).QuietPeriods);
    }

    [Fact]
    public async Task Remove_Owner_TheListIsEmptyAgain()
    {
        await PressAsync(Owner, "settings.quiet.add", Period("voorjaarsvakantie", "2027-02-20", "2027-02-28"));

        var card = await PressAsync(Owner, "settings.quiet.remove", new JsonObject { ["from"] = "2027-02-20", ["to"] = "2027-02-28" });
        var again = await PressAsync(Owner, "settings.quiet.remove", new JsonObject { ["from"] = "2027-02-20", ["to"] = "2027-02-28" });

        Assert.Contains("Verwijderd.", card, StringComparison.Ordinal);
        Assert.Contains("Nog geen rustige weken.", card, StringComparison.Ordinal);
        Assert.Contains("Die rustige week was al verwijderd.", again, StringComparison.Ordinal);
        Assert.Empty((await TeamAsync()).QuietPeriods);
    }

    [Fact]
    public async Task Add_InEnglish_TheCardSpeaksEnglish()
    {
        var card = await PressAsync(Owner, "settings.quiet.add", Period("spring holiday", "2027-02-20", "2027-02-28"), "en-US");

        Assert.Contains("Quiet weeks of Wijkteam Noord", card, StringComparison.Ordinal);
        Assert.Contains("Added.", card, StringComparison.Ordinal);
        Assert.Contains("spring holiday: Sat 20 Feb 2027 – Sun 28 Feb 2027", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_Owner_GetsTheSettingsCardWithTheRhythm()
    {
        var card = await PressAsync(Owner, "settings.quiet.back", []);

        Assert.Contains("settings.save", card, StringComparison.Ordinal);
        Assert.Contains("Om de week", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_EveryTwoWeeks_StoredForTheOwnerOnly()
    {
        var refused = await PressAsync(Ana, "settings.save", Form("EveryTwoWeeks"));
        Assert.Contains("Alleen eigenaren van dit team", refused, StringComparison.Ordinal);
        Assert.Equal(Domain.DuoWeeks.DuoRhythm.EveryWeek, (await TeamAsync()).Settings.Rhythm);

        var saved = await PressAsync(Owner, "settings.save", Form("EveryTwoWeeks"));

        Assert.Contains("Opgeslagen.", saved, StringComparison.Ordinal);
        Assert.Contains("duomomenten elke week → om de week", saved, StringComparison.Ordinal);
        Assert.Equal(Domain.DuoWeeks.DuoRhythm.EveryTwoWeeks, (await TeamAsync()).Settings.Rhythm);
    }

    [Fact]
    public async Task Save_TamperedRhythm_NothingStored()
    {
        var card = await PressAsync(Owner, "settings.save", Form("Monthly"));

        Assert.Contains("Kies elke week of om de week.", card, StringComparison.Ordinal);
        Assert.Equal(Domain.DuoWeeks.DuoRhythm.EveryWeek, (await TeamAsync()).Settings.Rhythm);
    }

    [Theory]
    [InlineData("overzicht", "Rustige week (voorjaarsvakantie): duomomenten op deze dagen zijn niet gepland en tellen niet mee.")]
    [InlineData("summary", "Quiet week (voorjaarsvakantie): duo moments on these days are not planned and not counted.")]
    public async Task Summary_WeekTouchingAQuietPeriod_SaysRustigeWeekWithTheLabel(string command, string line)
    {
        // The host's clock is Monday 15 February 2027; the holiday starts on Saturday.
        await PressAsync(Owner, "settings.quiet.add", Period("voorjaarsvakantie", "2027-02-20", "2027-02-28"));

        var message = TestActivities.ChannelMessage(host.ServiceUrl, command, id: "sum-q");
        message["locale"] = command == "summary" ? "en-US" : "nl-NL";
        await host.PostAsync(message);

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/sum-q", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains(line, Readable(reply.Json!["attachments"]![0]!["content"]!), StringComparison.Ordinal);
    }

    private static JsonObject Period(string label, string from, string to) => new() { ["quietLabel"] = label, ["quietFrom"] = from, ["quietTo"] = to };

    private static JsonObject Form(string rhythm) => new()
    {
        ["summaryDay"] = "Friday",
        ["summaryTime"] = "15:00",
        ["timeZone"] = "Europe/Amsterdam",
        ["rotation"] = "8",
        ["aandachtsfunctionaris"] = "none",
        ["mixRoles"] = "true",
        ["retentionDays"] = "90",
        ["paused"] = "false",
        ["rhythm"] = rhythm,
    };

    private async Task<Domain.Teams.TeamInstallation> TeamAsync() =>
        (await host.Services.GetRequiredService<TeamStore>().GetAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None))!;

    private async Task<string> PressAsync((string Id, string Name, string Aad, string Role) person, string verb, JsonObject data, string locale = "nl-NL")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb, locale);
        activity["from"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name, ["aadObjectId"] = person.Aad };
        activity["conversation"] = new JsonObject { ["id"] = "a:personal-" + person.Id, ["conversationType"] = "personal", ["tenantId"] = TestActivities.Tenant };
        data["verb"] = verb;
        data["teamId"] = TestActivities.TeamId;
        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        await host.SendQueuedAsync();
        return Readable(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string Readable(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
