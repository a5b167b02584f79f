using BreedBot.Domain.Privacy;
using BreedBot.Domain.Reflections;

namespace BreedBot.Domain.Tests.ReflectionFlows;

/// <summary>Free text from a card is cleaned once, then counted and checked as a person sees it.</summary>
public sealed class StepInputTextTests
{
    private static readonly FreeTextRules RealGuard = new(FreeTextLimits.Label, FreeTextLimits.Text, text => !PrivacyGuard.Check(text).IsAllowed);

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u2800")]
    [InlineData("\0\u00AD\u2060")]
    [InlineData("\u202E\u202C")]
    public void Text_OnlyInvisibleCharacters_IsRequired(string typed)
    {
        var input = Input("label", typed);

        Assert.Null(input.Text("label", required: true, isLabel: true));
        Assert.Equal([new ReflectionProblem("label", ReflectionProblemKind.Required)], input.Problems);
    }

    [Fact]
    public void Text_HiddenCharacters_AreNotKept()
    {
        var input = Input("label", "  casus\u200B A\u2060\u202E ");

        Assert.Equal("casus A", input.Text("label", required: true, isLabel: true));
        Assert.Empty(input.Problems);
    }

    [Fact]
    public void Text_FortyEmoji_FitTheLabel()
    {
        var forty = string.Concat(Enumerable.Repeat("🌧️", 40));

        Assert.Equal(forty, Input("label", forty).Text("label", required: true, isLabel: true));
        var longer = Input("label", forty + "🌧️");
        Assert.Null(longer.Text("label", required: true, isLabel: true));
        Assert.Equal([new ReflectionProblem("label", ReflectionProblemKind.TooLong)], longer.Problems);
    }

    [Fact]
    public void Text_NameReversedByAnOverride_IsIdentifying()
    {
        var input = Input("trigger", "mevrouw \u202EnesnaJ\u202C belde");

        Assert.Null(input.Text("trigger", required: true));
        Assert.Equal([new ReflectionProblem("trigger", ReflectionProblemKind.Identifying)], input.Problems);
    }

    private static StepInput Input(string field, string value) => new(new Dictionary<string, string?> { [field] = value }, RealGuard);
}
