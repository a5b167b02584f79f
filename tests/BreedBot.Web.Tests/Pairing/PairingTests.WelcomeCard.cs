using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Web.Tests.Hosting;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>
/// The welcome card's "koppel duo's" button: it answers on the card, for the presser alone and in their language; only
/// a pairing that ran is posted in the channel, as a count in the card's language.
/// </summary>
public sealed partial class PairingTests
{
    [Theory]
    [InlineData(0, "Gelukt: 1 duo's gevormd", true)]
    [InlineData(2, "Alleen eigenaren van dit team kunnen duo's koppelen.", false)]
    public async Task WelcomeCardButton_PairsOnlyForOwners(int clicker, string expected, bool stored)
    {
        await JoinAsync(Roster[0].Id, Roster[0].Aad, "Wijkteam");
        await JoinAsync(Roster[1].Id, Roster[1].Aad, "Poh");

        var response = await host.PostAsync(WelcomeButtonClick(Roster[clicker], "nl-NL", cardLanguage: null));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.StartsWith(expected, body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(stored, (await host.RowsAsync(StorageTables.DuosName)).Count > 0);
    }

    [Fact]
    public async Task WelcomeCardButton_NotAnOwnerWithEnglishTeamsUnderADutchCard_RefusalOnlyToThemAndInEnglish()
    {
        await JoinAsync(Roster[0].Id, Roster[0].Aad, "Wijkteam");
        await JoinAsync(Roster[1].Id, Roster[1].Aad, "Poh");
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(WelcomeButtonClick(Roster[2], "en-US", cardLanguage: "nl"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Only owners of this team can pair duos.", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        // Nothing for the whole channel to read: the refusal is on the card, for the presser alone.
        Assert.DoesNotContain(host.Connector.Requests.Skip(before), r => r.Method == "POST");
        Assert.Empty(await host.RowsAsync(StorageTables.DuosName));
    }

    [Fact]
    public async Task WelcomeCardButton_OwnerWithEnglishTeamsUnderADutchCard_ChannelCountInDutchAnswerInEnglish()
    {
        await JoinAsync(Roster[0].Id, Roster[0].Aad, "Wijkteam");
        await JoinAsync(Roster[1].Id, Roster[1].Aad, "Poh");
        var before = host.Connector.Requests.Count;

        var response = await host.PostAsync(WelcomeButtonClick(Roster[0], "en-US", cardLanguage: "nl"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("Done: 1 duos formed", body["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var post = Assert.Single(host.Connector.Requests.Skip(before), r => r.Is("POST", $"/v3/conversations/{TestActivities.TeamId}/activities"));
        Assert.StartsWith("Gelukt: 1 duo's gevormd", post.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>A press on the welcome card's button in the channel; <paramref name="cardLanguage"/> null = a card from before it carried one.</summary>
    private JsonObject WelcomeButtonClick((string Id, string Name, string Aad, string Role, string Upn) clicker, string locale, string? cardLanguage)
    {
        var click = TestActivities.ChannelMessage(host.ServiceUrl, "", fromId: clicker.Id, fromAad: clicker.Aad);
        click["type"] = "invoke";
        click["name"] = "adaptiveCard/action";
        click["locale"] = locale;
        click.Remove("text");
        click["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute", ["verb"] = "pairing.start", ["data"] = new JsonObject { ["verb"] = "pairing.start" },
            },
        };
        if (cardLanguage is not null)
        {
            click["value"]!["action"]!["data"]!["language"] = cardLanguage;
        }

        return click;
    }
}
