namespace BreedBot.Domain.Reflections;

/// <summary>
/// The result of submitting a step: applied (the new state), or why not. Only
/// <see cref="ReflectionOutcomeKind.Applied"/> changes anything; every other kind leaves the stored
/// reflection exactly as it was. An applied "later verder" may carry problems: the texts it did not keep.
/// </summary>
public sealed record ReflectionOutcome(ReflectionOutcomeKind Kind, Reflection Reflection, IReadOnlyList<ReflectionProblem> Problems)
{
    public bool IsApplied => Kind == ReflectionOutcomeKind.Applied;

    public static ReflectionOutcome Applied(Reflection reflection) => new(ReflectionOutcomeKind.Applied, reflection, []);

    public static ReflectionOutcome Refused(ReflectionOutcomeKind kind, Reflection reflection, IReadOnlyList<ReflectionProblem>? problems = null) =>
        new(kind, reflection, problems ?? []);
}

public enum ReflectionOutcomeKind
{
    Applied,

    /// <summary>The answers have problems; the card comes back with them and the answers kept.</summary>
    Invalid,

    /// <summary>A card of an earlier step, or the same card sent again: that step was already processed.</summary>
    AlreadyDone,

    /// <summary>A step the reflection is not at (a tampered or mixed-up card).</summary>
    OutOfOrder,

    Expired,

    /// <summary>The reflection is finished; its steps can no longer change.</summary>
    Completed,

    /// <summary>The sender is not the partner the reflection was shared with.</summary>
    NotShared,
}
