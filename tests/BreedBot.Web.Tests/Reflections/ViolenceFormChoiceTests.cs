using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Reflections;

public sealed class ViolenceFormChoiceTests
{
    [Theory]
    [InlineData(UserLanguage.Dutch, "Kind-oudergeweld", "Seksueel geweld", "Dwingende controle")]
    [InlineData(UserLanguage.English, "Child-to-parent violence", "Sexual violence", "Coercive control")]
    public void CasusStep_OffersKindOudergeweldSexualViolenceAndCoerciveControl(UserLanguage language, string childToParent, string sexual, string coercive)
    {
        var start = ReflectionFlow.Start("tenant", "author", "r-1", ReflectionCardCases.Now);
        var text = CardText.AllStrings(ReflectionStepCard.Render(language, new ReflectionStepCardModel(start, ReflectionCardCases.Today)).Content);

        Assert.Contains(childToParent, text, StringComparison.Ordinal);
        Assert.Contains(sexual, text, StringComparison.Ordinal);
        Assert.Contains(coercive, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ouder(mis)handeling", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ViolenceForm.CoerciveControl, "Dwingende controle: Een gesprek met de cliënt kan het gevaar dan vergroten.")]
    [InlineData(ViolenceForm.SexualViolence, "Seksueel geweld: Een gesprek met de cliënt kan het gevaar dan vergroten.")]
    public void NextCard_FormWhereTalkingRaisesTheDanger_SaysConsultAnExpertFirst(ViolenceForm form, string expected)
    {
        var after = ReflectionFlow.Start("tenant", "author", "r-1", ReflectionCardCases.Now) with
        {
            Step = ReflectionStep.Discomfort,
            Casus = new CasusAnswer("casus A", form, TriState.No),
        };

        var text = CardText.AllText(ReflectionStepCard.Render(UserLanguage.Dutch, new ReflectionStepCardModel(after, ReflectionCardCases.Today)).Content);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }
}
