using BreedBot.Domain.Courage;
namespace BreedBot.Domain.Reflections;

/// <summary>
/// What happens to a reflection after its steps: the "Veilig Thuis gebeld" mark, the partner's
/// response, and the follow-up of the courageous step (which may set a new step).
/// </summary>
public static class ReflectionAftercare
{
    public static Reflection MarkVeiligThuisContacted(Reflection reflection, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        return reflection.VeiligThuisContactedAt is null
            ? reflection with { VeiligThuisContactedAt = now, Version = reflection.Version + 1, UpdatedAt = now }
            : reflection;
    }

    public static Reflection MarkNudged(Reflection reflection, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        return reflection with { UnsafetyNudgedAt = now };
    }

    /// <summary>
    /// A partner erased their data: their key leaves the list it was shared with, and their response
    /// goes. The author keeps their own answers; that it was shared stays true.
    /// </summary>
    public static Reflection ForgetPartner(Reflection reflection, string partnerKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        var theirs = reflection.Response?.PartnerKey == partnerKey;
        return !theirs && !reflection.SharedWith.Contains(partnerKey)
            ? reflection
            : reflection with
            {
                SharedWith = [.. reflection.SharedWith.Where(k => k != partnerKey)],
                Response = theirs ? null : reflection.Response,
                Version = reflection.Version + 1,
                UpdatedAt = now,
            };
    }

    /// <summary>
    /// Whether the sender may act on a reflection after its steps: the author on their own ("Veilig Thuis gebeld", the
    /// follow-up), a partner (<paramref name="asPartner"/>) only on one shared with them — and nobody on one that expired.
    /// A refusal reveals nothing: it is answered as if the reflection did not exist.
    /// </summary>
    public static bool Allows(Reflection reflection, string senderKey, bool asPartner, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        return !reflection.IsExpired(now) && (asPartner ? reflection.SharedWith.Contains(senderKey) : reflection.AuthorKey == senderKey);
    }

    /// <summary>Only a partner it was shared with may respond; the text passes the free-text rules.</summary>
    public static ReflectionOutcome Respond(Reflection reflection, string partnerKey, string? text, ReflectionContext context)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(context);
        if (!reflection.SharedWith.Contains(partnerKey))
        {
            return ReflectionOutcome.Refused(ReflectionOutcomeKind.NotShared, reflection);
        }

        var input = new StepInput(new Dictionary<string, string?> { ["response"] = text }, context.Rules);
        var response = input.Text("response", required: true);
        return response is null
            ? ReflectionOutcome.Refused(ReflectionOutcomeKind.Invalid, reflection, input.Problems)
            : ReflectionOutcome.Applied(reflection with { Response = new PartnerResponse(partnerKey, response, context.Now), Version = reflection.Version + 1, UpdatedAt = context.Now });
    }

    /// <summary>
    /// The answer to follow-up number <paramref name="round"/> (0 for the first). A new date sets a
    /// new step (the same one again when nothing else is given); without one, the loop ends here.
    /// </summary>
    public static ReflectionOutcome AnswerFollowUp(Reflection reflection, int round, IReadOnlyDictionary<string, string?> values, ReflectionContext context)
    {
        ArgumentNullException.ThrowIfNull(reflection);
        ArgumentNullException.ThrowIfNull(context);
        if (!reflection.IsCompleted || reflection.NextStep is not { } step)
        {
            return ReflectionOutcome.Refused(ReflectionOutcomeKind.OutOfOrder, reflection);
        }

        if (round != reflection.FollowUps.Count)
        {
            return ReflectionOutcome.Refused(ReflectionOutcomeKind.AlreadyDone, reflection);
        }

        var input = new StepInput(values, context.Rules);
        var outcome = input.Choice<StepOutcome>("outcome", required: true);
        var happened = input.Text("happened", required: false);
        var helped = input.Text("helped", required: false);
        var bringToDuo = input.Raw("bringToDuo") == "true";
        var newWhat = input.Text("newWhat", required: false);
        var newWith = input.Choice<StepPartner>("newWith", required: false);
        var newBy = input.Raw("newBy") is null ? null : input.Date("newBy", context.Today);
        input.Require(newBy is not null || (newWhat is null && newWith is null) || input.Problems.Any(p => p.Field == "newBy"), "newBy", ReflectionProblemKind.Required);
        if (input.Problems.Count > 0 || outcome is null)
        {
            return ReflectionOutcome.Refused(ReflectionOutcomeKind.Invalid, reflection, input.Problems);
        }

        var answer = new FollowUpAnswer(step, outcome.Value, happened, helped, bringToDuo, context.Now);
        return ReflectionOutcome.Applied(reflection with
        {
            FollowUps = [.. reflection.FollowUps, answer],
            NextStep = newBy is { } by ? new NextStepAnswer(newWhat ?? step.What, newWith ?? step.With, by) : null,
            Version = reflection.Version + 1,
            UpdatedAt = context.Now,
        });
    }
}
