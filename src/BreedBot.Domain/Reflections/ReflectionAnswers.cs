using BreedBot.Domain.Courage;
using BreedBot.Domain.Meldcode;
namespace BreedBot.Domain.Reflections;

/// <summary>Step 1: a neutral label, the form of violence if known, and the kindcheck.</summary>
public sealed record CasusAnswer(string Label, ViolenceForm? Form, TriState Children);

/// <summary>Step 2: the sources of discomfort (one or more), how strong (1–5), and what triggers it.</summary>
public sealed record DiscomfortAnswer(IReadOnlyList<DiscomfortSource> Sources, int Strength, string Trigger);

/// <summary>Step 3: what the discomfort does to my acting; a text is required for "other".</summary>
public sealed record EffectAnswer(IReadOnlyList<ActingEffect> Effects, string? Text);

/// <summary>Step 4: the higher goal or value at stake.</summary>
public sealed record GoalAnswer(IReadOnlyList<HigherGoal> Goals, string? Text);

/// <summary>Step 5: what helps and what hinders me here.</summary>
public sealed record FactorsAnswer(IReadOnlyList<HelpingFactor> Helps, IReadOnlyList<HinderingFactor> Hinders);

/// <summary>Step 6: where I am in the meldcode, and whether I see acute or structural unsafety.</summary>
public sealed record MeldcodeAnswer(MeldcodeStep Stage, TriState AcuteUnsafety, TriState StructuralUnsafety)
{
    /// <summary>"Ja" on acute or structural unsafety.</summary>
    public bool SeesUnsafety => AcuteUnsafety == TriState.Yes || StructuralUnsafety == TriState.Yes;

    /// <summary>"Weet ik niet" on acute or structural unsafety, and "ja" on neither.</summary>
    public bool DoubtsUnsafety => !SeesUnsafety && (AcuteUnsafety == TriState.Unknown || StructuralUnsafety == TriState.Unknown);

    /// <summary>
    /// Unsafety named or doubted: the meldcode's rule is the same for both — in doubt, ask Veilig Thuis for advice —
    /// so doubt gets the same nudge as "ja".
    /// </summary>
    public bool CallsForVeiligThuis => SeesUnsafety || DoubtsUnsafety;

    /// <summary>Acute unsafety said or not ruled out: the numbers come first on the next card.</summary>
    public bool MayBeAcute => AcuteUnsafety is TriState.Yes or TriState.Unknown;
}

/// <summary>Step 7: my next courageous step, with whom, and by when.</summary>
public sealed record NextStepAnswer(string What, StepPartner With, DateOnly By);
