namespace BreedBot.Domain.Reflections;

/// <summary>
/// The two ways to a reflection besides the eight steps: "korte reflectie" (label, what you feel, next step — one
/// card, done at once, counted like a full reflection) and the next step set on the duo-moment card (only the step and
/// its date are kept). Both read their fields exactly as the steps do (<see cref="StepInput"/>: the privacy guard, the
/// limits, no date in the past), so a problem reads the same wherever it was typed. And "verdiepen": a short
/// reflection opened again at step 1, every answer kept.
/// </summary>
public static class ReflectionShortcuts
{
    /// <summary>The quick card's fields, in the names of the steps they come from.</summary>
    public static readonly IReadOnlyList<string> QuickFields = ["label", "sources", "strength", "stepWhat", "stepWith", "stepBy"];

    /// <summary>The duo-moment card's fields: the step and its date, nothing else.</summary>
    public static readonly IReadOnlyList<string> StepFields = ["stepWhat", "stepBy"];

    public static ReflectionOutcome Quick(string tenantId, string authorKey, string id, IReadOnlyDictionary<string, string?> values, ReflectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new StepInput(values, context.Rules);
        var label = input.Text("label", required: true, isLabel: true) ?? "";
        var sources = input.Choices<Courage.DiscomfortSource>("sources", required: true);
        var strength = input.Number("strength", 1, 5) ?? 0;
        var step = NextStep(input, context, input.Choice<StepPartner>("stepWith", required: true) ?? StepPartner.Other);
        var start = Started(tenantId, authorKey, id, context, ReflectionKind.Quick);
        return Finish(input, start with
        {
            // The quick card asks neither the form nor the kindcheck: "weet ik niet" until the person deepens it.
            Casus = new(label, null, TriState.Unknown),
            Discomfort = new(sources, strength, ""),
            NextStep = step,
            Shared = false,
        });
    }

    /// <summary>A next step from the duo moment, for the one who brought the casus: no label, no answers, only the step.</summary>
    public static ReflectionOutcome FromDuoMoment(string tenantId, string authorKey, string id, IReadOnlyDictionary<string, string?> values, ReflectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new StepInput(values, context.Rules);
        var step = NextStep(input, context, StepPartner.DuoPartner);
        return Finish(input, Started(tenantId, authorKey, id, context, ReflectionKind.DuoMoment) with { NextStep = step, Shared = false });
    }

    /// <summary>
    /// "verdiepen": a finished short reflection goes back to step 1 with every answer on the cards; its two weeks to
    /// finish start now. It was counted when it was done, so finishing it again is not counted again.
    /// </summary>
    public static ReflectionOutcome Deepen(Reflection reflection, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        if (reflection is not { Kind: ReflectionKind.Quick, IsCompleted: true, DeepenedAt: null, Version: DoneVersion })
        {
            return ReflectionOutcome.Refused(reflection.IsCompleted ? ReflectionOutcomeKind.Completed : ReflectionOutcomeKind.AlreadyDone, reflection);
        }

        return ReflectionOutcome.Applied(reflection with
        {
            Step = ReflectionStep.Casus,
            Version = DeepenedVersion,
            StartedAt = now,
            UpdatedAt = now,
            CompletedAt = null,
            DeepenedAt = now,
        });
    }

    /// <summary>
    /// Whether the person answered the form of violence, the kindcheck and the trigger themselves: not on a short
    /// reflection until they submit step 1 of its deepening (the quick card does not ask them, so its "weet ik niet"
    /// is never shown as their answer).
    /// </summary>
    public static bool AskedInFull(Reflection reflection)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        return reflection.Kind != ReflectionKind.Quick || (reflection.DeepenedAt is not null && reflection.Version > DeepenedVersion);
    }

    /// <summary>Whether finishing this reflection adds it to the team's counts: a deepened one was counted as a short one.</summary>
    public static bool CountsWhenDone(Reflection reflection)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        return reflection.DeepenedAt is null;
    }

    /// <summary>A short reflection is made at version <see cref="DoneVersion"/>; opening it for deepening is the next.</summary>
    private const int DoneVersion = 2;
    private const int DeepenedVersion = DoneVersion + 1;

    private static NextStepAnswer NextStep(StepInput input, ReflectionContext context, StepPartner with) =>
        new(input.Text("stepWhat", required: true) ?? "", with, input.Date("stepBy", context.Today) ?? context.Today);

    private static Reflection Started(string tenantId, string authorKey, string id, ReflectionContext context, ReflectionKind kind) =>
        ReflectionFlow.Start(tenantId, authorKey, id, context.Now) with { Kind = kind };

    private static ReflectionOutcome Finish(StepInput input, Reflection done) => input.Problems.Count > 0
        ? ReflectionOutcome.Refused(ReflectionOutcomeKind.Invalid, done, input.Problems)
        : ReflectionOutcome.Applied(done with { Step = ReflectionStep.Done, Version = DoneVersion, CompletedAt = done.StartedAt });
}
