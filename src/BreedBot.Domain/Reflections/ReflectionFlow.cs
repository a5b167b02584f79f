namespace BreedBot.Domain.Reflections;

/// <summary>
/// The reflection as a state machine: start, submit the current step, go back one step. A
/// submit names the step and the version it was shown at; anything else is refused without a change.
/// </summary>
public static class ReflectionFlow
{
    public static Reflection Start(string tenantId, string authorKey, string id, DateTimeOffset now) =>
        new(tenantId, authorKey, id, now, now, 1, ReflectionStep.Casus);

    public static ReflectionOutcome Submit(Reflection reflection, int step, int version, IReadOnlyDictionary<string, string?> values, ReflectionContext context)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(context);
        if (Refusal(reflection, step, version, context.Now) is { } refused)
        {
            return refused;
        }

        var input = new StepInput(values, context.Rules);
        var changed = ReflectionStepReader.Read(reflection, (ReflectionStep)step, input, context);
        if (input.Problems.Count > 0 || changed is null)
        {
            return ReflectionOutcome.Refused(ReflectionOutcomeKind.Invalid, reflection, input.Problems);
        }

        var next = (ReflectionStep)(step + 1);
        return ReflectionOutcome.Applied(changed with
        {
            Step = next,
            Draft = null,
            Version = reflection.Version + 1,
            UpdatedAt = context.Now,
            CompletedAt = next == ReflectionStep.Done ? context.Now : null,
        });
    }

    /// <summary>
    /// "later verder": keeps what is on the current step's card, checked as free text always is, so resuming shows it
    /// again. Text the guard refuses is not kept and comes back as a problem; the rest is kept all the same. The step
    /// and version stay: the card shown later is the same step, and an open copy of it still counts.
    /// </summary>
    public static ReflectionOutcome SaveForLater(Reflection reflection, int step, int version, IReadOnlyDictionary<string, string?> values, ReflectionContext context)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(context);
        if (Refusal(reflection, step, version, context.Now) is { } refused)
        {
            return refused;
        }

        // A card that sends no input of its step (an older card's button) keeps what was kept before.
        if (!ReflectionDraft.HasInputs(reflection.Step, values))
        {
            return ReflectionOutcome.Applied(reflection);
        }

        var input = new StepInput(values, context.Rules);
        var draft = ReflectionDraft.Read(reflection.Step, input);
        var kept = reflection with { Draft = draft.Values.Count > 0 ? draft : null, UpdatedAt = context.Now };
        return new ReflectionOutcome(ReflectionOutcomeKind.Applied, kept, input.Problems);
    }

    /// <summary>"vorige": one step back, keeping every answer so the earlier card shows them.</summary>
    public static ReflectionOutcome Back(Reflection reflection, int step, int version, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        if (Refusal(reflection, step, version, now) is { } refused)
        {
            return refused;
        }

        return reflection.Step == ReflectionStep.Casus
            ? ReflectionOutcome.Refused(ReflectionOutcomeKind.OutOfOrder, reflection)
            : ReflectionOutcome.Applied(reflection with { Step = reflection.Step - 1, Version = reflection.Version + 1, UpdatedAt = now });
    }

    private static ReflectionOutcome? Refusal(Reflection reflection, int step, int version, DateTimeOffset now)
    {
        if (reflection.IsCompleted)
        {
            return ReflectionOutcome.Refused(ReflectionOutcomeKind.Completed, reflection);
        }

        if (reflection.IsExpired(now))
        {
            return ReflectionOutcome.Refused(ReflectionOutcomeKind.Expired, reflection);
        }

        if (step != (int)reflection.Step)
        {
            return ReflectionOutcome.Refused(step >= 1 && step < (int)reflection.Step ? ReflectionOutcomeKind.AlreadyDone : ReflectionOutcomeKind.OutOfOrder, reflection);
        }

        return version == reflection.Version ? null : ReflectionOutcome.Refused(ReflectionOutcomeKind.AlreadyDone, reflection);
    }
}
