using System.Net;
using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Members;

/// <summary>"profiel": the profile card per team, its form, pause and stop; and the invitation's "Niet nu" that no longer takes a member out.</summary>
[Collection(SharedAzurite.Name)]
public sealed class ProfileTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AnaAad = "00000000-0000-0000-0000-0000000000a1";
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember("29:1ana", "Ana Jansen", AnaAad),
        ]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("nl-NL", "Je profiel in Wijkteam Noord", "Je doet mee met de duo's.", "Antwoorden aanpassen")]
    [InlineData("en-US", "Your profile in Wijkteam Noord", "You take part in the duos.", "Change answers")]
    public async Task ProfileCommand_Joined_ShowsTheProfileCardWithAnswersAndNoNotNow(string locale, string title, string status, string edit)
    {
        await JoinAsync();

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "profiel", locale, id: "profile-1"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/profile-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var card = reply.Json!["attachments"]![0]!["content"]!;
        var texts = Texts(card);
        Assert.Contains(title, texts, StringComparison.Ordinal);
        Assert.Contains(status, texts, StringComparison.Ordinal);
        Assert.Contains("Ana Jansen", texts, StringComparison.Ordinal);
        Assert.Contains("09:30", texts, StringComparison.Ordinal);
        Assert.Equal([edit, locale == "nl-NL" ? "Pauzeer" : "Pause", "Stop", locale == "nl-NL" ? "Acuut gevaar" : "Acute danger"], ActionTitles(card));
        Assert.DoesNotContain("join.decline", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JoinDecline_AfterJoining_StaysInTheDuosAndShowsTheProfile()
    {
        await JoinAsync();

        var body = await SubmitAsync("join.decline");

        Assert.Equal("Joined", await StatusAsync());
        Assert.Contains("'Niet nu' verandert daar niets aan", Texts(body["value"]!), StringComparison.Ordinal);
        Assert.Contains("Je profiel in Wijkteam Noord", Texts(body["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileStop_AsksFirst_ThenStopsOnlyAfterYes()
    {
        await JoinAsync();

        var question = await SubmitAsync("profile.stop");
        Assert.Contains("Stoppen met de duo's van Wijkteam Noord?", Texts(question["value"]!), StringComparison.Ordinal);
        Assert.Equal("Joined", await StatusAsync());

        var cancelled = await SubmitAsync("profile.show");
        Assert.Contains("Je doet mee met de duo's.", Texts(cancelled["value"]!), StringComparison.Ordinal);
        Assert.Equal("Joined", await StatusAsync());

        var stopped = await SubmitAsync("profile.stop.confirm");
        Assert.Equal("Stopped", await StatusAsync());
        Assert.Contains("Je bent gestopt met de duo's.", Texts(stopped["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain("profile.stop", stopped["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfilePause_DateChosen_PausesThisTeamAndSaysUntilWhen()
    {
        await JoinAsync();
        var until = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime).AddDays(20);

        var body = await SubmitAsync("profile.pause", ("pauseUntil", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        var me = await MeAsync();
        Assert.Equal(until, DateOnly.FromDateTime(me.GetDateTimeOffset("PausedUntil")!.Value.UtcDateTime));
        Assert.Contains("Je pauzeert tot en met", Texts(body["value"]!), StringComparison.Ordinal);
        Assert.Contains("Pauze beëindigen", Texts(body["value"]!), StringComparison.Ordinal);

        await SubmitAsync("profile.resume");
        Assert.Null((await MeAsync()).GetDateTimeOffset("PausedUntil"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2020-01-01")]
    [InlineData("morgen")]
    public async Task ProfilePause_NoUsableDate_ExplainsAndPausesNothing(string date)
    {
        await JoinAsync();

        var body = await SubmitAsync("profile.pause", ("pauseUntil", date));

        Assert.Contains("Kies een datum na vandaag", Texts(body["value"]!), StringComparison.Ordinal);
        Assert.Null((await MeAsync()).GetDateTimeOffset("PausedUntil"));
    }

    [Fact]
    public async Task ProfileSave_TimeOutOfRange_ComesBackAsTheFormWithAnswersKept()
    {
        await JoinAsync();

        var body = await SubmitAsync("profile.save", ("role", "Poh"), ("cluster", "Arts"), ("day", "Friday"), ("time", "06:15"));

        Assert.Contains("Kies een tijd tussen 07:00 en 19:00.", Texts(body["value"]!), StringComparison.Ordinal);
        Assert.Equal("06:15", ReminderHarness.InputValue(body["value"]!, "time"));
        Assert.Equal("Wijkteam", (await MeAsync()).GetString("Role"));
    }

    [Fact]
    public async Task ProfileSave_NotYetTakingPart_Joins()
    {
        var form = await SubmitAsync("profile.edit");
        Assert.Contains(form["value"]!["actions"]!.AsArray(), a => a!["verb"]?.GetValue<string>() == "profile.save");

        await SubmitAsync("profile.save", ("role", "Poh"), ("cluster", "Arts"), ("day", "Friday"), ("time", "10:00"));

        Assert.Equal("Joined", await StatusAsync());
        Assert.Equal("Poh", (await MeAsync()).GetString("Role"));
    }

    [Fact]
    public async Task ProfileAction_TamperedTeamId_IsRefusedAndChangesNothing()
    {
        await JoinAsync();

        var body = await SubmitAsync("profile.stop.confirm", teamId: "19:other-team@thread.tacv2");

        Assert.Equal(403, body["statusCode"]!.GetValue<int>());
        Assert.Equal("Joined", await StatusAsync());
    }

    private async Task JoinAsync() =>
        await SubmitAsync("join.submit", ("role", "Wijkteam"), ("cluster", "SociaalWerk"), ("day", "Tuesday"), ("time", "09:30"), ("years", "4"), ("notWith", AnaAad));

    private async Task<Azure.Data.Tables.TableEntity> MeAsync() =>
        (await host.RowsAsync(StorageTables.MembersName)).Single(m => m.RowKey == TestActivities.UserAad);

    private async Task<string?> StatusAsync() => (await MeAsync()).GetString("Status");

    private Task<JsonNode> SubmitAsync(string verb, params (string Key, string Value)[] inputs) => SubmitAsync(verb, TestActivities.TeamId, inputs);

    private async Task<JsonNode> SubmitAsync(string verb, string teamId, params (string Key, string Value)[] inputs)
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb);
        var data = new JsonObject { ["verb"] = verb, ["teamId"] = teamId };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        activity["value"]!["action"]!["data"] = data;
        var response = await host.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> ActionTitles(JsonNode card) => [.. card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>())];

    private static string Texts(JsonNode node) => node switch
    {
        JsonObject obj => string.Join("\n", obj.Select(p => p.Value is null ? "" : Texts(p.Value))),
        JsonArray array => string.Join("\n", array.Select(item => item is null ? "" : Texts(item))),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => "",
    };
}
