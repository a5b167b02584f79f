namespace BreedBot.Domain.Reflections;

/// <summary>
/// One reflection on a casus by one professional. Immutable: every change goes through
/// <see cref="ReflectionFlow"/>, which bumps <see cref="Version"/> so a card submitted twice, or an
/// old card, is recognised. It holds the professional's process, never client facts.
/// </summary>
public sealed record Reflection(
    string TenantId,
    string AuthorKey,
    string Id,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    ReflectionStep Step)
{
    /// <summary>An unfinished reflection is gone this long after it was started.</summary>
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(14);

    /// <summary>Eight steps, three questions, or a step from a duo moment; stored reflections without it are full ones.</summary>
    public ReflectionKind Kind { get; init; }

    /// <summary>When a short reflection was opened again to go through the eight steps ("verdiepen"); it was counted already.</summary>
    public DateTimeOffset? DeepenedAt { get; init; }

    /// <summary>The Teams locale the author used, so proactive follow-ups speak their language.</summary>
    public string? Locale { get; init; }

    public CasusAnswer? Casus { get; init; }
    public DiscomfortAnswer? Discomfort { get; init; }
    public EffectAnswer? Effect { get; init; }
    public GoalAnswer? Goal { get; init; }
    public FactorsAnswer? Factors { get; init; }
    public MeldcodeAnswer? Meldcode { get; init; }
    public NextStepAnswer? NextStep { get; init; }
    public bool? Shared { get; init; }

    /// <summary>What was on the current step's card at "later verder"; gone once that step is submitted.</summary>
    public ReflectionDraft? Draft { get; init; }

    /// <summary>The duo partners it was shared with, fixed at the moment of sharing.</summary>
    public IReadOnlyList<string> SharedWith { get; init; } = [];

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When the user marked "Veilig Thuis gebeld / melding gedaan".</summary>
    public DateTimeOffset? VeiligThuisContactedAt { get; init; }

    /// <summary>When the one reminder about unsafety was sent (it is sent once).</summary>
    public DateTimeOffset? UnsafetyNudgedAt { get; init; }

    /// <summary>Follow-ups answered so far, oldest first; the current step is <see cref="NextStep"/>.</summary>
    public IReadOnlyList<FollowUpAnswer> FollowUps { get; init; } = [];

    /// <summary>The partner's short response, when the reflection was shared.</summary>
    public PartnerResponse? Response { get; init; }

    public string? Label => Casus?.Label;

    public bool IsCompleted => Step == ReflectionStep.Done;

    /// <summary>A deepened short reflection counts its two weeks from the deepening (<see cref="ReflectionShortcuts.Deepen"/> restarts <see cref="StartedAt"/>).</summary>
    public bool IsExpired(DateTimeOffset now) => !IsCompleted && now >= StartedAt + OpenFor;

    /// <summary>Unsafety was named or doubted and Veilig Thuis not yet marked as contacted: the nudge applies.</summary>
    public bool NeedsUnsafetyNudge => Meldcode?.CallsForVeiligThuis == true && VeiligThuisContactedAt is null && UnsafetyNudgedAt is null;
}
