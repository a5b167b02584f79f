using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>The two outcomes the name tests check: the guard finds a person's name, or it lets the text through.</summary>
internal static class NameAssertions
{
    public static void AssertName(string text) => Assert.Contains(PrivacyFindingKind.PersonName, PrivacyGuard.Check(text).Findings);

    /// <summary>Allowed, and if not, says which kinds were found so a failing case explains itself.</summary>
    public static void AssertAllowed(string text)
    {
        var check = PrivacyGuard.Check(text);
        Assert.True(check.IsAllowed, $"refused as {string.Join(", ", check.Findings)}");
    }
}
