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
        var facts = card.Content["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
        Assert.Equal(
            ["acuut · spoed · 112 · emergency", "help · hulp · ?", "doe mee · join", "profiel · profile", "pauze tot 1-3-2027 · pause until 1-3-2027", "stop", "mijn gegevens · my data", "verwijder mijn gegevens · delete my data", "duo · my duo", "duomoment · duo talk", "wissel · swap", "meldcode · reporting code", "koppel duo's · koppel duos · pair duos", "rotatie 8 · rotation 8", "overzicht · summary", "reflectie · reflection", "korte reflectie · quick reflection", "deel een moedig moment · share a brave moment", "instellingen · settings", "status"],
            facts.Select(f => f!["title"]!.GetValue<string>()));
    }

    [Fact]
    public void HelpCard_Render_DutchAdviceLineMatchesDomainWording()
    {
        var text = CardText.AllText(HelpCard.Render(UserLanguage.Dutch).Content);

        Assert.Contains("Advies of melding: Veilig Thuis 0800-2000 (gratis, dag en nacht)", text);
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
}
