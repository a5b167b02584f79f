using BreedBot.Web.Cards;

namespace BreedBot.Web.Tests.Cards;

public sealed class JsNumberTextTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(3, "3")]
    [InlineData(-42, "-42")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(100, "100")]
    [InlineData(123456789012, "123456789012")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(1.25e-10, "1.25e-10")]
    public void Format_Number_MatchesJavaScriptToString(double value, string expected)
    {
        Assert.Equal(expected, JsNumberText.Format(value));
    }
}
