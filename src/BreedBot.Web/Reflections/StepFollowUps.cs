using System.Security.Cryptography;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// A step from the duo moment, kept as a reflection of its own kind that holds nothing but the step and its date
/// (<see cref="ReflectionShortcuts.FromDuoMoment"/>), in the presser's own partition: the follow-up, "mijn gegevens",
/// retention and erasure treat it as they treat every reflection. It counts as a courageous step chosen, not as a reflection.
/// </summary>
internal sealed class StepFollowUps(ReflectionWriter writer, ReflectionTeamFacts facts, ReflectionClock clock, ILogger<StepFollowUps> logger) : IStepFollowUps
{
    public async Task<StepFollowUpResult> AddAsync(Activity activity, string? what, string? by, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var en = language == UserLanguage.English;
        if (activity.GetTenantId() is not { } tenantId || ActivityAddress.UserKey(activity.From) is not { } userKey)
        {
            return new(null, [ReflectionTexts.For(language).NotFound]);
        }

        var values = new Dictionary<string, string?> { ["stepWhat"] = what, ["stepBy"] = by };
        var outcome = ReflectionShortcuts.FromDuoMoment(tenantId, userKey, RandomNumberGenerator.GetHexString(16, lowercase: true), values, clock.Context());
        Log.ReflectionShortcut(logger, ReflectionKind.DuoMoment, outcome.Kind);
        if (!outcome.IsApplied)
        {
            return new(null, [.. outcome.Problems.Select(p => ReflectionTexts.Problem(p, values.GetValueOrDefault(p.Field), en))]);
        }

        var step = outcome.Reflection with { Locale = activity.Locale };
        await writer.TryAddDoneAsync(step, ct);
        await facts.StepPlannedAsync(step, ct);
        return new(step.NextStep!.By, []);
    }
}
