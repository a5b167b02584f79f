using System.ComponentModel.DataAnnotations;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// How fast the acute path answers (section <c>Acute</c>). The urgent consult's answer must reach the person
/// within 5 seconds whatever Teams or storage do, so the look-up and the wait for the messages together stay
/// under that; Teams itself shows an error after 15.
/// </summary>
public sealed class AcuteOptions : IValidatableObject
{
    public const string SectionName = "Acute";

    /// <summary>The promise to the person: their answer within this, whatever happens.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the acute card waits to learn who a consult would reach (and whether it came from the person's own
    /// reflection), and the consult waits to find its recipients. Past it the card shows without those details.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:02")]
    public TimeSpan LookupTimeout { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>How long the consult's answer waits for each recipient's message to be confirmed by Teams.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:00:04.500")]
    public TimeSpan SendDeadline { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// How long a message that missed <see cref="SendDeadline"/> may go on in the background before it counts as
    /// failed and is tried once more (each attempt gets this long).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:02:00")]
    public TimeSpan BackgroundSendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A second press within this sends nothing new: one message per recipient however often it is pressed.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan RepeatWindow { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LookupTimeout + SendDeadline >= AnswerWithin)
        {
            yield return new ValidationResult(
                $"Acute needs LookupTimeout + SendDeadline under {AnswerWithin.TotalSeconds} seconds: the person's answer may not wait longer.",
                [nameof(LookupTimeout), nameof(SendDeadline)]);
        }
    }
}
