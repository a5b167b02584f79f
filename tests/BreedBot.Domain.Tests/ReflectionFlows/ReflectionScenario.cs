using BreedBot.Domain.Reflections;

namespace BreedBot.Domain.Tests.ReflectionFlows;

/// <summary>A reflection walked through its steps with valid answers, for tests that start somewhere in the middle.</summary>
internal static class ReflectionScenario
{
    public static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2027, 2, 15);

    // A stand-in guard: anything with "mevrouw" identifies someone.
    public static readonly FreeTextRules Rules = new(40, 500, text => text.Contains("mevrouw", StringComparison.OrdinalIgnoreCase));

    public static ReflectionContext Context(DateTimeOffset? now = null, params string[] partners) =>
        new(now ?? Now, Today, Rules, partners);

    public static IReadOnlyDictionary<string, string?> ValidAnswers(ReflectionStep step) => step switch
    {
        ReflectionStep.Casus => new Dictionary<string, string?> { ["label"] = "casus A", ["form"] = "ChildAbuse", ["children"] = "Yes" },
        ReflectionStep.Discomfort => new Dictionary<string, string?> { ["sources"] = "Angst,Onzekerheid", ["strength"] = "4", ["trigger"] = "De vader werd boos bij het vorige gesprek." },
        ReflectionStep.Effect => new Dictionary<string, string?> { ["effects"] = "Postpone" },
        ReflectionStep.Goal => new Dictionary<string, string?> { ["goals"] = "ChildSafety" },
        ReflectionStep.Factors => new Dictionary<string, string?> { ["helps"] = "KennisEnVaardigheden,ReflectieEnIntervisie", ["hinders"] = "GeenTijdVoorReflectie" },
        ReflectionStep.Meldcode => new Dictionary<string, string?> { ["stage"] = "Consultation", ["acute"] = "No", ["structural"] = "No" },
        ReflectionStep.NextStep => new Dictionary<string, string?> { ["stepWhat"] = "Advies vragen bij Veilig Thuis", ["stepWith"] = "VeiligThuis", ["stepBy"] = "2027-02-22" },
        ReflectionStep.Share => new Dictionary<string, string?> { ["share"] = "Share" },
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public static Reflection New() => ReflectionFlow.Start("tenant", "author", "r1", Now);

    /// <summary>A reflection standing at <paramref name="at"/>, every earlier step answered validly.</summary>
    public static Reflection At(ReflectionStep at, params string[] partners)
    {
        var reflection = New();
        while (reflection.Step < at)
        {
            var outcome = ReflectionFlow.Submit(reflection, (int)reflection.Step, reflection.Version, ValidAnswers(reflection.Step), Context(null, partners));
            Assert.True(outcome.IsApplied, $"{reflection.Step}: {string.Join(", ", outcome.Problems)}");
            reflection = outcome.Reflection;
        }

        return reflection;
    }

    public static Dictionary<string, string?> With(ReflectionStep step, string field, string? value)
    {
        var answers = new Dictionary<string, string?>(ValidAnswers(step)) { [field] = value };
        return answers;
    }
}
