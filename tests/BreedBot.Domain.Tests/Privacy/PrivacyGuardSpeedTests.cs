using System.Diagnostics;
using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Tests.Privacy;

/// <summary>
/// Inputs built to make a backtracking pattern explode. A linear guard checks each in well under
/// a millisecond; the bound is loose so a busy build machine cannot fail it, yet catastrophic
/// backtracking (seconds or more) would.
/// </summary>
public class PrivacyGuardSpeedTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMilliseconds(250);

    public static TheoryData<string> Adversarial() => new()
    {
        string.Concat(Enumerable.Repeat("0 ", 250)),
        string.Concat(Enumerable.Repeat("1.", 250)),
        string.Concat(Enumerable.Repeat("a.", 250)) + "@",
        "a@" + string.Concat(Enumerable.Repeat("b.", 249)),
        string.Concat(Enumerable.Repeat("straat", 83)) + " 12",
        string.Concat(Enumerable.Repeat("moeder ", 71)),
        "geboren" + new string(' ', 493),
        string.Concat(Enumerable.Repeat("NL12 ", 100)),
        string.Concat(Enumerable.Repeat("dossier ", 62)),
        new string('9', 500),
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Check_Adversarial500Characters_FinishesWithinBound(string text)
    {
        Assert.InRange(text.Length, 400, FreeTextLimits.Text + 2);
        PrivacyGuard.Check("warm up the generated code");

        var start = Stopwatch.GetTimestamp();
        PrivacyGuard.Check(text);

        Assert.True(Stopwatch.GetElapsedTime(start) < Bound, $"took {Stopwatch.GetElapsedTime(start).TotalMilliseconds} ms");
    }
}
