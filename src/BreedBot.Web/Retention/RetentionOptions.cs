using System.ComponentModel.DataAnnotations;
using BreedBot.Domain.Settings;

namespace BreedBot.Web.Retention;

/// <summary>
/// How long BreedBot keeps what (section <c>Retention</c>). The deploying organisation sets the
/// bounds for its DPIA; team owners choose the reflection period within them.
/// </summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string SectionName = "Retention";

    /// <summary>Reflections and follow-ups, for a team whose owners chose nothing.</summary>
    [Range(1, 3650)]
    public int DefaultDays { get; set; } = 90;

    /// <summary>The shortest period owners may choose.</summary>
    [Range(1, 3650)]
    public int MinDays { get; set; } = 30;

    /// <summary>The longest period owners may choose.</summary>
    [Range(1, 3650)]
    public int MaxDays { get; set; } = 365;

    /// <summary>A reflection left unfinished.</summary>
    [Range(1, 365)]
    public int PartialReflectionDays { get; set; } = 14;

    /// <summary>Check-ins of duo moments (a year of trend plus a margin).</summary>
    [Range(1, 3650)]
    public int CheckInDays { get; set; } = 400;

    /// <summary>Delivery records of proactive messages.</summary>
    [Range(1, 365)]
    public int DeliveryDays { get; set; } = 30;

    /// <summary>After BreedBot is removed from a team; reinstalling within it keeps the team's data.</summary>
    [Range(1, 365)]
    public int TeamGraceDays { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinDays > DefaultDays || DefaultDays > MaxDays)
        {
            yield return new ValidationResult(
                "Retention needs MinDays <= DefaultDays <= MaxDays.",
                [nameof(MinDays), nameof(DefaultDays), nameof(MaxDays)]);
        }
    }

    /// <summary>The team's chosen period, kept within the deployment's bounds.</summary>
    public int DaysFor(int? chosen) => chosen is { } days ? Math.Clamp(days, MinDays, MaxDays) : DefaultDays;

    /// <summary>What team owners may choose between, as the settings card offers and checks it.</summary>
    public RetentionBounds Bounds => new(MinDays, DefaultDays, MaxDays);
}
