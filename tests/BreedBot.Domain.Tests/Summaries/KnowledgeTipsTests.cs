using BreedBot.Domain.Summaries;

namespace BreedBot.Domain.Tests.Summaries;

/// <summary>Each tip is credited to the page that says it, and BreedBot's own words are not put in a source's mouth.</summary>
public class KnowledgeTipsTests
{
    [Fact]
    public void All_LinkToAPageNotAHomepage()
    {
        Assert.All(KnowledgeTips.All, t => Assert.True(t.Source.AbsolutePath.Trim('/').Length > 0, t.Id + ": " + t.Source));
    }

    [Theory]
    [InlineData("cowboy")]
    [InlineData("kwartier")]
    [InlineData("twijfelt minder lang")]
    [InlineData("meld je altijd")]
    [InlineData("neemt dan het volgen")]
    public void All_SourcedTextSaysNothingItsSourceDoesNot(string ownWords)
    {
        Assert.All(KnowledgeTips.All, t => Assert.DoesNotContain(ownWords, t.Dutch, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TijdVoorReflectie_TheQuarterOfAnHourIsBreedBotsOwnAdvice()
    {
        var tip = KnowledgeTips.All.Single(t => t.Id == "tijd-voor-reflectie");

        Assert.Contains("kwartier", tip.Advice!.Dutch, StringComparison.Ordinal);
        Assert.Contains("quarter of an hour", tip.Advice.English, StringComparison.Ordinal);
    }

    [Fact]
    public void MovisieTips_DoNotSayCourageStaysInsideTheProtocols()
    {
        var movisie = KnowledgeTips.All.Where(t => t.SourceName.StartsWith("Movisie", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(movisie);
        Assert.DoesNotContain(movisie, t => t.Dutch.Contains("binnen de meldcode", StringComparison.Ordinal));
        Assert.Contains(movisie, t => t.Dutch.Contains("protocollen", StringComparison.Ordinal) && t.Dutch.Contains("remmen moed", StringComparison.Ordinal));
    }

    [Fact]
    public void CoerciveControl_SignsApartFromFemicideRiskFactors()
    {
        var signs = KnowledgeTips.All.Single(t => t.Id == "dwingende-controle");
        var risk = KnowledgeTips.All.Single(t => t.Id == "femicide-risico");

        Assert.DoesNotContain("wurg", signs.Dutch, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("strangulation", signs.English, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("verwurging", risk.Dutch, StringComparison.Ordinal);
        Assert.Contains("femicide", risk.Dutch, StringComparison.Ordinal);
        Assert.NotEqual(signs.Source, risk.Source);
    }

    [Fact]
    public void StepFive_NamesBothDecisionMoments()
    {
        var tip = KnowledgeTips.All.Single(t => t.Id == "stap-5-beslissen");

        Assert.Contains("Is melden noodzakelijk?", tip.Dutch, StringComparison.Ordinal);
        Assert.Contains("Is hulpverlening (ook) mogelijk?", tip.Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void All_TheirPlacesInTheRotationKept()
    {
        // A team's rotation follows the list order: a tip rewritten keeps its place, new ones come last.
        Assert.Equal("moed-ondanks-ongemak", KnowledgeTips.All[0].Id);
        Assert.Equal("ruimte-voor-vakmanschap", KnowledgeTips.All[3].Id);
        Assert.Equal("aandachtsfunctionaris", KnowledgeTips.All[26].Id);
        Assert.Equal("femicide-risico", KnowledgeTips.All[^1].Id);
    }
}
