using System.Text.Json.Nodes;
using BreedBot.Domain.Commands;

namespace BreedBot.Deploy.Tests.AppPackage;

/// <summary>deploy/appPackage against the official Teams schemas and against what the bot understands.</summary>
public sealed class ManifestTests(PackageCheckFixture fixture) : IClassFixture<PackageCheckFixture>
{
    private static JsonNode Manifest => ReadJson("manifest.json");

    [Fact]
    public void Manifest_OfficialSchema_HasNoErrors()
    {
        Assert.Empty(PackageCheck.ManifestErrors(fixture.Check));
    }

    [Fact]
    public void Manifest_Version_IsTheNewestReleasedSchema()
    {
        // vDevPreview is not a release: the newest numbered schema in @microsoft/app-manifest.
        var newest = Directory.GetDirectories(DeployPaths.TeamsSchemas, "v1.*")
            .Select(d => Version.Parse(Path.GetFileName(d)[1..]))
            .Max()!;

        Assert.Equal(newest.ToString(), Manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal(newest.ToString(), fixture.Check["manifestVersion"]!.GetValue<string>());
    }

    [Fact]
    public void Localizations_OfficialSchema_EnglishFileHasNoErrors()
    {
        var localizations = fixture.Check["localizations"]!.AsArray();
        var english = Assert.Single(localizations, l => l!["languageTag"]!.GetValue<string>().StartsWith("en", StringComparison.Ordinal));

        Assert.All(localizations, l => Assert.Empty(l!["errors"]!.AsArray()));
        Assert.Equal("en.json", english!["file"]!.GetValue<string>());
        Assert.Equal("nl-nl", Manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>());
    }

    [Fact]
    public void Bot_Scopes_ArePersonalAndTeam()
    {
        var bot = Assert.Single(Manifest["bots"]!.AsArray())!;

        Assert.Equal(["personal", "team"], Strings(bot["scopes"]));
        Assert.Equal(["personal", "team"], bot["commandLists"]!.AsArray().SelectMany(list => Strings(list!["scopes"])).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CommandTitles_DutchAndEnglish_AreWordsTheBotUnderstands()
    {
        var understood = Enum.GetValues<BotCommand>().Where(c => c != BotCommand.Unknown).SelectMany(CommandParser.WordsFor).ToHashSet(StringComparer.Ordinal);
        var dutch = Manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => command!["title"]!.GetValue<string>())
            .ToList();
        var english = ReadJson("en.json").AsObject()
            .Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal) && p.Key.StartsWith("bots[", StringComparison.Ordinal))
            .Select(p => p.Value!.GetValue<string>())
            .ToList();

        Assert.NotEmpty(dutch);
        Assert.Equal(dutch.Count, english.Count);
        Assert.All(dutch.Concat(english), title => Assert.Contains(title, understood));
        Assert.All(dutch.Concat(english), title => Assert.NotEqual(BotCommand.Unknown, CommandParser.Parse(title).Command));
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    public void CommandList_ListsExactlyTheCommandsAnsweredThere(string scope)
    {
        // "profiel" would show a person's answers to the whole channel: the bot answers it only in
        // personal chat (CommandPlaces), and the manifest offers each command only where it works.
        Func<BotCommand, bool> answered = scope == "personal" ? CommandPlaces.InPersonalMenu : CommandPlaces.InChannel;
        var listed = CommandList(scope).Select(title => CommandParser.Parse(title).Command).ToHashSet();

        Assert.InRange(listed.Count, 1, CommandPlaces.MaxMenuCommands);
        Assert.Equal(
            Enum.GetValues<BotCommand>().Where(c => c != BotCommand.Unknown && answered(c)).Order(),
            listed.Order());
    }

    [Theory]
    [InlineData(0, "personal")]
    [InlineData(1, "team")]
    public void CommandList_TitlesInBothLanguages_AreTheMenuTitlesOfTheCommandTable(int list, string scope)
    {
        // The table is the one place a command is described: its row's menu title, Dutch in manifest.json, English in en.json.
        Func<BotCommand, bool> offered = scope == "personal" ? CommandPlaces.InPersonalMenu : CommandPlaces.InTeamMenu;
        var commands = Manifest["bots"]![0]!["commandLists"]![list]!;
        Assert.Equal([scope], Strings(commands["scopes"]));
        var dutch = commands["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        var english = Enumerable.Range(0, dutch.Count)
            .Select(i => ReadJson("en.json")[$"bots[0].commandLists[{list}].commands[{i}].title"]!.GetValue<string>())
            .ToList();

        var expected = CommandTable.All.Where(spec => offered(spec.Command)).Select(spec => spec.MenuTitle!).ToList();
        Assert.Equal(
            expected.Select(t => (t.Dutch, t.English)).OrderBy(t => t.Dutch, StringComparer.Ordinal),
            dutch.Zip(english).OrderBy(t => t.First, StringComparer.Ordinal));
    }

    [Fact]
    public void Authorization_ResourceSpecificConsent_OnlyTeamMemberReadGroupAsApplication()
    {
        // Team owners grant it when adding BreedBot: Graph then says who owns the team; no tenant-wide admin consent.
        var permissions = Manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray();

        var permission = Assert.Single(permissions)!;
        Assert.Equal(("TeamMember.Read.Group", "Application"), (permission["name"]!.GetValue<string>(), permission["type"]!.GetValue<string>()));
    }

    [Fact]
    public void WebApplicationInfo_NamesTheBotsOwnAppAndAResource()
    {
        var info = Manifest["webApplicationInfo"]!;

        Assert.Equal(Manifest["bots"]![0]!["botId"]!.GetValue<string>(), info["id"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(info["resource"]!.GetValue<string>()));
    }

    [Fact]
    public void Icons_Sizes_Are192And32()
    {
        var color = PackageCheck.Icon(fixture.Check, "color.png");
        var outline = PackageCheck.Icon(fixture.Check, "outline.png");

        Assert.Equal((192, 192), (color["width"]!.GetValue<int>(), color["height"]!.GetValue<int>()));
        Assert.Equal((32, 32), (outline["width"]!.GetValue<int>(), outline["height"]!.GetValue<int>()));
    }

    [Fact]
    public void OutlineIcon_Pixels_AreOnlyWhiteOrTransparent()
    {
        var outline = PackageCheck.Icon(fixture.Check, "outline.png");

        Assert.Equal(0, outline["other"]!.GetValue<int>());
        Assert.True(outline["transparent"]!.GetValue<int>() > 0, "The outline icon needs a transparent background.");
        Assert.True(outline["white"]!.GetValue<int>() > 0, "The outline icon needs a white glyph.");
    }

    private static IEnumerable<string> CommandList(string scope) =>
        Manifest["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => Strings(list!["scopes"]).SequenceEqual([scope]))!["commands"]!.AsArray()
            .Select(command => command!["title"]!.GetValue<string>());

    private static JsonNode ReadJson(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(DeployPaths.AppPackage, file)))!;

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<string>()).ToList();
}
