using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
namespace BreedBot.Domain.Reflections;

/// <summary>
/// Reads one step's answers into the reflection. Returns null (with the problems in the input)
/// when anything is wrong, so a step applies whole or not at all.
/// </summary>
internal static class ReflectionStepReader
{
    public static Reflection? Read(Reflection r, ReflectionStep step, StepInput input, ReflectionContext context)
    {
        Reflection? result = step switch
        {
            ReflectionStep.Casus => Casus(r, input),
            ReflectionStep.Discomfort => r with { Discomfort = new(input.Choices<DiscomfortSource>("sources", required: true), input.Number("strength", 1, 5) ?? 0, input.Text("trigger", required: true) ?? "") },
            ReflectionStep.Effect => Effect(r, input),
            ReflectionStep.Goal => Goal(r, input),
            ReflectionStep.Factors => Factors(r, input),
            ReflectionStep.Meldcode => r with
            {
                Meldcode = new(
                    input.Choice<MeldcodeStep>("stage", required: true) ?? MeldcodeStep.NotStarted,
                    input.Choice<TriState>("acute", required: true) ?? TriState.Unknown,
                    input.Choice<TriState>("structural", required: true) ?? TriState.Unknown),
            },
            ReflectionStep.NextStep => r with
            {
                NextStep = new(
                    input.Text("stepWhat", required: true) ?? "",
                    input.Choice<StepPartner>("stepWith", required: true) ?? StepPartner.Other,
                    input.Date("stepBy", context.Today) ?? context.Today),
            },
            ReflectionStep.Share => Share(r, input, context),
            _ => null,
        };
        return input.Problems.Count == 0 ? result : null;
    }

    private static Reflection Casus(Reflection r, StepInput input) => r with
    {
        Casus = new(input.Text("label", required: true, isLabel: true) ?? "", input.Choice<ViolenceForm>("form", required: false), input.Choice<TriState>("children", required: true) ?? TriState.Unknown),
    };

    private static Reflection Effect(Reflection r, StepInput input)
    {
        var effects = input.Choices<ActingEffect>("effects", required: true);
        var text = input.Text("effectText", required: false);
        input.Require(text is not null || !effects.Contains(ActingEffect.Other) || input.Problems.Any(p => p.Field == "effectText"), "effectText", ReflectionProblemKind.OtherNeedsText);
        return r with { Effect = new(effects, text) };
    }

    private static Reflection Goal(Reflection r, StepInput input)
    {
        var goals = input.Choices<HigherGoal>("goals", required: true);
        var text = input.Text("goalText", required: false);
        input.Require(text is not null || !goals.Contains(HigherGoal.Other) || input.Problems.Any(p => p.Field == "goalText"), "goalText", ReflectionProblemKind.OtherNeedsText);
        return r with { Goal = new(goals, text) };
    }

    private static Reflection Factors(Reflection r, StepInput input)
    {
        var helps = input.Choices<HelpingFactor>("helps", required: false);
        var hinders = input.Choices<HinderingFactor>("hinders", required: false);
        input.Require(helps.Count + hinders.Count > 0 || input.Problems.Count > 0, "helps", ReflectionProblemKind.Required);
        return r with { Factors = new(helps, hinders) };
    }

    private static Reflection Share(Reflection r, StepInput input, ReflectionContext context)
    {
        // Without a duo partner there is nobody to share with: the card offers only "keep it to myself".
        var partners = context.Partners.Where(p => p != r.AuthorKey).Distinct().ToList();
        var shared = input.Choice<ShareChoice>("share", required: true) == ShareChoice.Share && partners.Count > 0;
        return r with { Shared = shared, SharedWith = shared ? partners : [] };
    }
}
