using System.Globalization;
using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.Reflections;

/// <summary>
/// Reads the raw values of one submitted card and collects every problem at once, so the user
/// fixes them all in one go. Choices must be one of the enum's names exactly: a number or an
/// unknown word is refused, never guessed.
/// </summary>
public sealed class StepInput(IReadOnlyDictionary<string, string?> values, FreeTextRules rules)
{
    private readonly List<ReflectionProblem> problems = [];

    public IReadOnlyList<ReflectionProblem> Problems => problems;

    /// <summary>
    /// The submitted value as BreedBot keeps it (<see cref="FreeText.Clean"/>: no invisible or bidirectional
    /// characters, trimmed), or null when nothing visible is left.
    /// </summary>
    public string? Raw(string field) => values.TryGetValue(field, out var value) && FreeText.Clean(value) is { Length: > 0 } text ? text : null;

    public string? Text(string field, bool required, bool isLabel = false)
    {
        var text = Raw(field);
        if (text is null)
        {
            return required ? Problem(field, ReflectionProblemKind.Required) : null;
        }

        if (!FreeTextLimits.Fits(text, isLabel ? rules.LabelLimit : rules.TextLimit))
        {
            return Problem(field, ReflectionProblemKind.TooLong);
        }

        // The guard gets the text as typed: it cleans it itself, and also reads a right-to-left override as displayed.
        return rules.Identifies(values[field]!) ? Problem(field, ReflectionProblemKind.Identifying) : text;
    }

    public T? Choice<T>(string field, bool required)
        where T : struct, Enum
    {
        var text = Raw(field);
        if (text is null)
        {
            Problem(field, required ? ReflectionProblemKind.Required : null);
            return null;
        }

        if (Parse<T>(text) is { } value)
        {
            return value;
        }

        Problem(field, ReflectionProblemKind.UnknownChoice);
        return null;
    }

    /// <summary>A multi-select: Adaptive Cards send the values comma-separated.</summary>
    public IReadOnlyList<T> Choices<T>(string field, bool required)
        where T : struct, Enum
    {
        var text = Raw(field);
        if (text is null)
        {
            Problem(field, required ? ReflectionProblemKind.Required : null);
            return [];
        }

        var parsed = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Parse<T>).ToList();
        if (parsed.Any(p => p is null))
        {
            Problem(field, ReflectionProblemKind.UnknownChoice);
            return [];
        }

        return [.. parsed.Select(p => p!.Value).Distinct().Order()];
    }

    public int? Number(string field, int min, int max)
    {
        var text = Raw(field);
        if (text is null)
        {
            Problem(field, ReflectionProblemKind.Required);
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Problem(field, ReflectionProblemKind.OutOfRange);
        return null;
    }

    /// <summary>A date as Input.Date sends it (yyyy-MM-dd), today or later.</summary>
    public DateOnly? Date(string field, DateOnly today)
    {
        var text = Raw(field);
        if (text is null)
        {
            Problem(field, ReflectionProblemKind.Required);
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Problem(field, ReflectionProblemKind.OutOfRange);
            return null;
        }

        if (date < today)
        {
            Problem(field, ReflectionProblemKind.DateInPast);
            return null;
        }

        return date;
    }

    public void Require(bool condition, string field, ReflectionProblemKind kind)
    {
        if (!condition)
        {
            Problem(field, kind);
        }
    }

    private string? Problem(string field, ReflectionProblemKind? kind)
    {
        if (kind is { } k && problems.TrueForAll(p => p.Field != field))
        {
            problems.Add(new ReflectionProblem(field, k));
        }

        return null;
    }

    private static T? Parse<T>(string text)
        where T : struct, Enum =>
        Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) ? Enum.Parse<T>(text) : null;
}
