using System.Text.Json.Nodes;
using BreedBot.Domain.CourageStories;
using BreedBot.Storage.CourageStories;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.MyData;

/// <summary>
/// The machine-readable copy (AVG art. 20) through Teams' file consent: offered below "Stuur me alles", uploaded to
/// the stand-in's upload URL on Allow, with exactly the export's content; nothing for a decline, a forged or someone
/// else's accept, an upload URL Teams does not give out, or an invoke from a channel.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class MyDataFileTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ConsentType = "application/vnd.microsoft.teams.card.file.consent";
    private readonly CapturedLogs logs = new();
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, logs: logs);
        host.Connector.SetRoster(TestActivities.TeamId,
        [
            new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner"),
            new StandInMember("29:1ana", "Ana Jansen", "aad-ana"),
        ]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.Join(host.ServiceUrl, TestActivities.UserId, TestActivities.UserAad));
        await host.PostAsync(TestActivities.Join(host.ServiceUrl, "29:1ana", "aad-ana"));
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.Services.GetRequiredService<CourageStoryStore>().AddAsync(
            new CourageStory(TestActivities.Tenant, TestActivities.TeamId, "s-1", "Ik sprak mijn twijfel uit in het overleg.", TestActivities.UserAad, host.Time.GetUtcNow()), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        logs.Dispose();
    }

    [Fact]
    public async Task Export_OffersOneJsonFileOnAConsentCardWithoutPersonalDataInItsContext()
    {
        var (consent, note) = await ExportAsync();

        var name = consent["name"]!.GetValue<string>();
        Assert.StartsWith("breedbot-mijn-gegevens-2027-02-15", name, StringComparison.Ordinal);
        Assert.EndsWith(".json", name, StringComparison.Ordinal);
        var content = consent["content"]!;
        Assert.True(content["sizeInBytes"]!.GetValue<long>() > 100);
        Assert.Contains("JSON", content["description"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var context in new[] { content["acceptContext"]!, content["declineContext"]! })
        {
            var text = context.ToJsonString();
            Assert.DoesNotContain("Alex", text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestActivities.UserAad, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestActivities.UserId, text, StringComparison.Ordinal);
            Assert.DoesNotContain("twijfel", text, StringComparison.Ordinal);
        }

        Assert.Contains("JSON-bestand", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_UploadsExactlyTheExportJsonAndShowsTheFile()
    {
        var (consent, _) = await ExportAsync();
        var uploadUrl = host.Connector.UploadUrl("file-1");
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(Accept(consent["content"]!["acceptContext"]!, uploadUrl));

        Assert.Equal(200, (int)response.StatusCode);
        var upload = Assert.Single(host.Connector.Uploads);
        var bytes = System.Text.Encoding.UTF8.GetByteCount(upload.Body);
        Assert.Equal(bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), upload.Headers["Content-Length"]);
        Assert.Equal($"bytes 0-{bytes - 1}/{bytes}", upload.Headers["Content-Range"]);
        Assert.Null(upload.Authorization);
        var file = JsonNode.Parse(upload.Body)!;
        Assert.Equal("breedbot-personal-data", file["format"]!.GetValue<string>());
        Assert.Contains("Ik sprak mijn twijfel uit in het overleg.", upload.Body, StringComparison.Ordinal);
        var info = host.Connector.Requests.Skip(before).Select(r => r.Json?["attachments"]?[0]).Single(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.teams.card.file.info")!;
        Assert.Equal("https://contoso-my.sharepoint.com/personal/alex/Documents/Applications/BreedBot/gegevens.json", info["contentUrl"]!.GetValue<string>());
        Assert.Equal("gegevens.json", info["name"]!.GetValue<string>());
        Assert.Equal("a1b2c3", info["content"]!["uniqueId"]!.GetValue<string>());
        Assert.Equal("json", info["content"]!["fileType"]!.GetValue<string>());
        Assert.DoesNotContain(logs.Records, r => r.Contains("/upload/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Decline_UploadsNothingAndSaysSoKindly()
    {
        var (consent, _) = await ExportAsync();
        var activity = Accept(consent["content"]!["declineContext"]!, host.Connector.UploadUrl("file-2"));
        activity["value"]!["action"] = "decline";
        activity["value"]!.AsObject().Remove("uploadInfo");

        var response = await host.PostAsync(activity);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Empty(host.Connector.Uploads);
        Assert.Contains(host.Connector.Requests, r => r.Json?["text"]?.GetValue<string>() == "Goed, er is geen bestand opgeslagen. Je gegevens staan in de berichten hierboven.");
    }

    [Fact]
    public async Task Accept_ByAnotherPersonWithTheCardsContext_GetsNothing()
    {
        var (consent, _) = await ExportAsync();
        var activity = Accept(consent["content"]!["acceptContext"]!, host.Connector.UploadUrl("file-3"));
        activity["from"] = new JsonObject { ["id"] = "29:1ana", ["name"] = "Ana Jansen", ["aadObjectId"] = "aad-ana" };
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(activity);

        AssertGotNothing(response, before);
    }

    [Theory]
    [InlineData("{\"offer\":\"mydata\",\"for\":\"00000000000000000000000000000000\"}")]
    [InlineData("{\"offer\":\"mydata\"}")]
    [InlineData("{\"for\":\"x\",\"user\":\"aad-ana\"}")]
    [InlineData("\"mydata\"")]
    public async Task Accept_WithAForgedContext_GetsNothing(string context)
    {
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(Accept(JsonNode.Parse(context)!, host.Connector.UploadUrl("file-4")));

        AssertGotNothing(response, before);
    }

    [Theory]
    [InlineData("http://contoso-my.sharepoint.com/upload/1")]
    [InlineData("https://evil.example/upload/1")]
    [InlineData("https://contoso-my.sharepoint.com.evil.example/upload/1")]
    [InlineData("not a url")]
    public async Task Accept_WithAnUploadUrlTeamsDoesNotGiveOut_UploadsNothing(string uploadUrl)
    {
        var (consent, _) = await ExportAsync();
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(Accept(consent["content"]!["acceptContext"]!, uploadUrl));

        AssertGotNothing(response, before);
    }

    [Fact]
    public async Task Accept_FromAChannel_IsRefusedAndNothingIsPostedThere()
    {
        var (consent, _) = await ExportAsync();
        var activity = Accept(consent["content"]!["acceptContext"]!, host.Connector.UploadUrl("file-5"));
        activity["conversation"] = new JsonObject { ["id"] = TestActivities.TeamId, ["conversationType"] = "channel", ["tenantId"] = TestActivities.Tenant };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TestActivities.Tenant }, ["team"] = new JsonObject { ["id"] = TestActivities.TeamId } };
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(activity);

        AssertGotNothing(response, before);
    }

    [Fact]
    public async Task Accept_UploadRefusedByOneDrive_TellsThePersonAndAnswersTheInvoke()
    {
        var (consent, _) = await ExportAsync();
        host.Connector.Respond(r => r.Is("PUT", "/upload/"), ScriptedResponse.Error(507, "insufficientStorage"));

        var response = await host.PostAsync(Accept(consent["content"]!["acceptContext"]!, host.Connector.UploadUrl("file-6")));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains(host.Connector.Requests, r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Het bestand kon niet in je OneDrive", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(host.Connector.Requests, r => r.Json?["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.teams.card.file.info");
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task File_HoldsExactlyWhatTheTextExportShows(string locale)
    {
        var before = host.Connector.Requests.Count;
        var (consent, _) = await ExportAsync(locale);
        var pages = host.Connector.Requests.Skip(before)
            .Select(r => r.Json?["attachments"]?[0])
            .Where(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a!["content"]!["body"]!.AsArray())
            .ToList();
        await host.PostAsync(Accept(consent["content"]!["acceptContext"]!, host.Connector.UploadUrl("file-" + locale), locale));
        var file = JsonNode.Parse(Assert.Single(host.Connector.Uploads).Body)!;

        // The text export, read back from its cards: each heading with the lines below it, a continued heading joined to its kind.
        var shown = new List<(string Heading, List<string> Lines)>();
        foreach (var container in pages.SelectMany(body => body).Where(e => e!["type"]!.GetValue<string>() == "Container"))
        {
            var blocks = container!["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()).ToList();
            var heading = blocks[0].Replace(" (vervolg)", "", StringComparison.Ordinal).Replace(" (continued)", "", StringComparison.Ordinal);
            if (shown.Count == 0 || shown[^1].Heading != heading)
            {
                shown.Add((heading, []));
            }

            shown[^1].Lines.AddRange(blocks.Skip(1).Select(l => l.StartsWith("• ", StringComparison.Ordinal) ? l[2..] : throw new InvalidOperationException(l)));
        }

        var inFile = file["sections"]!.AsArray()
            .Select(s => ($"{s!["title"]!.GetValue<string>()} ({s["count"]!.GetValue<int>()})", s["records"]!.AsArray().Select(r => r!.GetValue<string>()).ToList()))
            .ToList();
        Assert.True(shown.Count >= 4, string.Join(" | ", shown.Select(s => s.Heading)));
        Assert.Equal(shown.Select(s => s.Heading), inFile.Select(s => s.Item1));
        for (var i = 0; i < shown.Count; i++)
        {
            Assert.Equal(shown[i].Lines, inFile[i].Item2);
        }

        Assert.Equal(locale == "en-US" ? "en" : "nl", file["language"]!.GetValue<string>());
    }

    /// <summary>Refused, and nothing uploaded or sent to anyone.</summary>
    private void AssertGotNothing(HttpResponseMessage response, int requestsBefore)
    {
        Assert.Equal(403, (int)response.StatusCode);
        Assert.Empty(host.Connector.Uploads);
        Assert.Equal(requestsBefore, host.Connector.Requests.Count);
    }

    private async Task<(JsonNode Consent, string Note)> ExportAsync(string locale = "nl-NL")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, "mydata.export", locale);
        activity["value"]!["action"]!["data"] = new JsonObject { ["verb"] = "mydata.export" };
        var before = host.Connector.Requests.Count;
        var response = await host.PostAsync(activity);
        var note = await response.Content.ReadAsStringAsync();
        var consent = host.Connector.Requests.Skip(before).Select(r => r.Json?["attachments"]?[0]).Single(a => a?["contentType"]?.GetValue<string>() == ConsentType)!;
        return (consent, note);
    }

    private JsonObject Accept(JsonNode context, string uploadUrl, string locale = "nl-NL")
    {
        var activity = TestActivities.PersonalMessage(host.ServiceUrl, "", locale, "invoke-file");
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity["replyToId"] = "consent-card-1";
        activity["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/alex/Documents/Applications/BreedBot/gegevens.json",
                ["name"] = "gegevens.json",
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = "a1b2c3",
                ["fileType"] = "json",
            },
        };
        return activity;
    }
}
