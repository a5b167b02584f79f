using BreedBot.Domain.Courage;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Meldcode;

namespace BreedBot.Domain.TeamWeeks;

/// <summary>
/// One anonymous thing that happened in a team's week, for the weekly summary. A fact never holds a
/// person, a label or free text — only kinds, enums and small numbers. <see cref="FactId"/> is
/// chosen by the producer and must be deterministic (e.g. the occurrence or reflection it comes
/// from), so a duplicate delivery of the same event is recorded once; the store keeps only a hash of it.
/// </summary>
public abstract record TeamWeekFact(string FactId)
{
    public abstract TeamWeekFactKind Kind { get; }
}

/// <summary>A duo had a moment planned this week.</summary>
public sealed record DuoMomentPlanned(string FactId) : TeamWeekFact(FactId)
{
    public override TeamWeekFactKind Kind => TeamWeekFactKind.DuoMomentPlanned;
}

/// <summary>A duo held their moment; what they did, and how useful it was (1–5) when they said.</summary>
public sealed record DuoMomentHeld(string FactId, IReadOnlyList<DuoActivity> Activities, int? Usefulness) : TeamWeekFact(FactId)
{
    public override TeamWeekFactKind Kind => TeamWeekFactKind.DuoMomentHeld;

    public int? Usefulness { get; init; } = Usefulness is null or (>= 1 and <= 5)
        ? Usefulness
        : throw new ArgumentOutOfRangeException(nameof(Usefulness), "Usefulness is 1 to 5.");
}

/// <summary>A duo said they skipped this week's moment.</summary>
public sealed record DuoMomentSkipped(string FactId) : TeamWeekFact(FactId)
{
    public override TeamWeekFactKind Kind => TeamWeekFactKind.DuoMomentSkipped;
}

/// <summary>A moment passed with no check-in from the duo.</summary>
public sealed record DuoMomentMissed(string FactId) : TeamWeekFact(FactId)
{
    public override TeamWeekFactKind Kind => TeamWeekFactKind.DuoMomentMissed;
}

/// <summary>Someone completed a reflection: which discomfort, where in the meldcode, what helped and hindered.</summary>
public sealed record ReflectionCompleted(
    string FactId,
    IReadOnlyList<DiscomfortSource> Sources,
    MeldcodeStep? Step,
    IReadOnlyList<HelpingFactor> Helping,
    IReadOnlyList<HinderingFactor> Hindering) : TeamWeekFact(FactId)
{
    public override TeamWeekFactKind Kind => TeamWeekFactKind.ReflectionCompleted;
}

/// <summary>Someone chose a courageous step.</summary>
public sealed record CourageousStepPlanned(string FactId) : TeamWeekFact(FactId)
{
    public override TeamWeekFactKind Kind => TeamWeekFactKind.CourageousStepPlanned;
}

/// <summary>Someone said whether they took their courageous step.</summary>
public sealed record CourageousStepOutcome(string FactId, StepOutcome Outcome) : TeamWeekFact(FactId)
{
    public override TeamWeekFactKind Kind => TeamWeekFactKind.CourageousStepOutcome;
}
