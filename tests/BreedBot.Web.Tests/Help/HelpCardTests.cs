using System.Text.Json.Nodes;
using BreedBot.Connector.Schema;
using BreedBot.Web.Help;
using BreedBot.Web.Localization;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Help;

public sealed class HelpCardTests
{
    [Theory]
    [InlineData(UserLanguage.Dutch, "Wat BreedBot voor je doet", "Direct gevaar? Bel nu 112.")]
    [InlineData(UserLanguage.English, "What BreedBot does for you", "Direct danger? Call 112 now.")]
    public void HelpCard_Render_ShowsTitleCommandsAndSafetyBlock(UserLanguage language, string title, string acute)
    {
        var card = HelpCard.Render(language);

        Assert.Equal(title, CardText.FirstText(card.Content));
        Assert.Contains(acute, CardText.AllText(card.Content));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch,
        new[] { "acuut · 112", "doe mee", "profiel", "pauze tot 1-3-2027", "stop", "mijn gegevens", "verwijder mijn gegevens", "duo", "duomoment", "wissel", "meldcode", "reflectie", "korte reflectie", "deel een moedig moment" },
        new[] { "koppel duo's", "rotatie 8", "overzicht", "instellingen", "status" },
        "Voor eigenaren, in het kanaal met @BreedBot")]
    [InlineData(UserLanguage.English,
        new[] { "emergency · 112", "join", "profile", "pause until 1-3-2027", "stop", "my data", "delete my data", "my duo", "duo talk", "swap", "reporting code", "reflection", "quick reflection", "share a brave moment" },
        new[] { "pair duos", "rotation 8", "summary", "settings", "status" },
        "For team owners, in the channel with @BreedBot")]
    public void HelpCard_Render_PersonalCommandsFirstThenOwnersInTheirOwnSection(UserLanguage language, string[] personal, string[] owners, string ownersHeading)
    {
        var body = HelpCard.Render(language).Content["body"]!.AsArray();

        var factSets = body.Where(e => e!["type"]!.GetValue<string>() == "FactSet").ToList();
        Assert.Equal(2, factSets.Count);
        Assert.Equal(personal, Titles(factSets[0]!));
        Assert.Equal(owners, Titles(factSets[1]!));
        var heading = body.IndexOf(body.Single(e => e!["text"]?.GetValue<string>() == ownersHeading));
        Assert.Equal(body.IndexOf(factSets[1]) - 1, heading);
        Assert.DoesNotContain("Eigenaren, in het kanaal:", CardText.AllText(HelpCard.Render(language).Content));
    }

    private static List<string> Titles(JsonNode factSet) => [.. factSet["facts"]!.AsArray().Select(f => f!["title"]!.GetValue<string>())];

    [Fact]
    public void HelpCard_Render_DutchAdviceLineMatchesDomainWording()
    {
        var text = CardText.AllText(HelpCard.Render(UserLanguage.Dutch).Content);

        Assert.Contains("Advies of melding: Veilig Thuis 0800\u20112000 (gratis, dag en nacht)", text);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch)]
    [InlineData(UserLanguage.English)]
    public void HelpCard_Shared_ExpandedOnceAndTheSameAsARenderedCard(UserLanguage language)
    {
        var shared = HelpCard.Shared(language);

        Assert.Same(shared, HelpCard.Shared(language));
        Assert.Equal(HelpCard.Render(language).Content.ToJsonString(), shared.Content.ToJsonString());
        Assert.Equal(HelpCard.Summary(language), shared.Summary);
        Assert.NotSame(shared, HelpCard.Shared(language == UserLanguage.Dutch ? UserLanguage.English : UserLanguage.Dutch));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch)]
    [InlineData(UserLanguage.English)]
    public void HelpCard_Shared_AttachesItsWrittenJsonAndItIsTheCard(UserLanguage language)
    {
        var shared = HelpCard.Shared(language);

        // Written once, not the tree: each reply copies the bytes. They are the tree's own.
        Assert.NotSame(shared.Content, shared.Attached);
        Assert.Equal(shared.Content.ToJsonString(ActivityJson.Options), shared.Attached.ToJsonString(ActivityJson.Options));
        Assert.True(JsonNode.DeepEquals(HelpCard.Render(language).Content, JsonNode.Parse(shared.Attached.ToJsonString(ActivityJson.Options))));
    }

    [Fact]
    public void HelpCard_Render_AttachesItsTree()
    {
        var card = HelpCard.Render(UserLanguage.Dutch);

        Assert.Same(card.Content, card.Attached);
    }
}
