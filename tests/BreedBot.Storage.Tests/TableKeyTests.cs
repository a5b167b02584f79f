namespace BreedBot.Storage.Tests;

public class TableKeyTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2")]
    [InlineData("29:1AbC-xyz")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    public void Escape_OrdinaryTeamsIds_AreUnchanged(string id)
    {
        Assert.Equal(id, TableKey.Escape(id));
    }

    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b", "a%5Cb")]
    [InlineData("a#b?c", "a%23b%3Fc")]
    [InlineData("50%", "50%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("team|week", "team%7Cweek")]
    public void Escape_ForbiddenCharacters_ArePercentEncoded(string id, string expected)
    {
        Assert.Equal(expected, TableKey.Escape(id));
    }

    [Fact]
    public void Escape_DistinctIds_StayDistinct()
    {
        Assert.NotEqual(TableKey.Escape("a/b"), TableKey.Escape("a%2Fb"));
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("50%25 of 100%")]
    [InlineData("tenant|team|2027-W07")]
    [InlineData("tab\there%")]
    public void Unescape_AnyEscapedId_GivesTheIdBack(string id)
    {
        Assert.Equal(id, TableKey.Unescape(TableKey.Escape(id)));
    }
}
