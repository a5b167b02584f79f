using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>The one normaliser for typed text: what hides is removed before checking and before storing.</summary>
public sealed class FreeTextTests
{
    [Theory]
    [InlineData("casus\u200BA", "casusA")] // zero-width space
    [InlineData("casus\u200C\u200DA", "casusA")] // zero-width non-joiner and joiner between letters
    [InlineData("ca\u2060sus", "casus")] // word joiner
    [InlineData("ca\u00ADsus", "casus")] // soft hyphen
    [InlineData("\u2800casus\u2800", "casus")] // braille blank
    [InlineData("ca\0sus\u0007", "casus")] // NUL and another control character
    [InlineData("\uFEFFcasus", "casus")] // byte order mark
    [InlineData("ca\u3164sus", "casus")] // Hangul filler
    [InlineData("mevrouw \u202Enesnaj\u202C", "mevrouw nesnaj")] // right-to-left override and its pop
    [InlineData("a\u2066b\u2069c\u200Fd", "abcd")] // isolates and a right-to-left mark
    [InlineData("casus\U000E0041\U000E0042", "casus")] // tag characters
    [InlineData("  regel een\r\nregel twee\ttab  ", "regel een\nregel twee tab")]
    public void Clean_InvisibleAndBidirectionalCharacters_AreRemoved(string typed, string expected) =>
        Assert.Equal(expected, FreeText.Clean(typed));

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u2800\u2800\u2800")]
    [InlineData("\0")]
    [InlineData("\u202E\u202C \u00AD")]
    [InlineData(null)]
    public void Clean_OnlyInvisibleCharacters_IsEmpty(string? typed) => Assert.Equal(string.Empty, FreeText.Clean(typed));

    [Theory]
    [InlineData("👨\u200D👩\u200D👧")] // a family: the joiners make one emoji
    [InlineData("❤\uFE0F")] // emoji presentation selector
    [InlineData("1\uFE0F\u20E3")] // keycap
    [InlineData("👍🏽")] // skin tone
    [InlineData("café é")]
    public void Clean_EmojiAndAccents_StayAsTyped(string typed) => Assert.Equal(typed.Normalize(System.Text.NormalizationForm.FormC), FreeText.Clean(typed));

    [Theory]
    [InlineData("😀", 1)]
    [InlineData("👨\u200D👩\u200D👧", 1)]
    [InlineData("🇳🇱", 1)]
    [InlineData("e\u0301", 1)]
    [InlineData("casus A", 7)]
    public void Length_CountsWhatAPersonSees(string text, int expected) => Assert.Equal(expected, FreeText.Length(text));
}
