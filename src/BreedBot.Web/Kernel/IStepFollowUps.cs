using BreedBot.Connector.Schema;

namespace BreedBot.Web.Kernel;

/// <summary>
/// A next courageous step set outside a reflection (on the duo-moment card) becomes the same follow-up as a
/// reflection's step 7: on its date BreedBot asks the person how it went. Reflections keep it; DuoWeeks only asks.
/// </summary>
internal interface IStepFollowUps
{
    /// <summary>The step and its date as typed, checked like a reflection's step (privacy guard, limits, not in the past).</summary>
    Task<StepFollowUpResult> AddAsync(Activity activity, string? what, string? by, CancellationToken ct);
}

/// <summary>The date of the follow-up when the step was kept; otherwise what is wrong, in the person's language.</summary>
internal sealed record StepFollowUpResult(DateOnly? FollowUpOn, IReadOnlyList<string> Problems);
