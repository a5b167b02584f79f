using System.Globalization;
using BreedBot.Domain.Privacy;
using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Settings;

/// <summary>
/// Checks a quiet period an owner adds: a short label the privacy guard lets through (it is shown in the channel's
/// summary), real dates with the end not before the start and not in the past, at most <see cref="MostDays"/> days
/// long and starting within a year, not overlapping one already marked, and at most <see cref="MostPeriods"/> ahead.
/// Periods that ended more than <see cref="KeptAfterEnd"/> days ago are dropped when one is added: a finished
/// holiday needs no removing.
/// </summary>
public static class QuietPeriodRules
{
    public const int LabelLimit = 40;
    public const int MostDays = 56;
    public const int MostDaysAhead = 366;
    public const int MostPeriods = 12;
    public const int KeptAfterEnd = 14;

    public static QuietPeriodValidation Add(string? label, string? from, string? to, DateOnly today, IReadOnlyList<QuietPeriod> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var problems = new List<QuietPeriodProblem>();
        var clean = FreeText.Clean(label);
        if (clean.Length == 0)
        {
            problems.Add(QuietPeriodProblem.LabelMissing);
        }
        else if (FreeText.Length(clean) > LabelLimit || clean.Contains('\n', StringComparison.Ordinal))
        {
            problems.Add(QuietPeriodProblem.LabelTooLong);
        }
        else if (!PrivacyGuard.Check(clean).IsAllowed)
        {
            problems.Add(QuietPeriodProblem.LabelIdentifies);
        }

        if (!TryDate(from, out var start) || !TryDate(to, out var end))
        {
            problems.Add(QuietPeriodProblem.Dates);
            return new QuietPeriodValidation(null, existing, problems);
        }

        var kept = existing.Where(q => q.To.AddDays(KeptAfterEnd) >= today).ToList();
        if (end < start)
        {
            problems.Add(QuietPeriodProblem.EndBeforeStart);
        }
        else if (end < today)
        {
            problems.Add(QuietPeriodProblem.InThePast);
        }
        else if (end.DayNumber - start.DayNumber + 1 > MostDays)
        {
            problems.Add(QuietPeriodProblem.TooLong);
        }
        else if (start.DayNumber - today.DayNumber > MostDaysAhead)
        {
            problems.Add(QuietPeriodProblem.TooFarAhead);
        }
        else if (kept.Any(q => q.Overlaps(start, end)))
        {
            problems.Add(QuietPeriodProblem.Overlaps);
        }
        else if (kept.Count >= MostPeriods)
        {
            problems.Add(QuietPeriodProblem.TooMany);
        }

        if (problems.Count > 0)
        {
            return new QuietPeriodValidation(null, existing, problems);
        }

        var added = new QuietPeriod(clean, start, end);
        return new QuietPeriodValidation(added, [.. kept.Append(added).OrderBy(q => q.From)], []);
    }

    /// <summary>The stored form of a period, for the settings record: "kerstvakantie 2026-12-19/2027-01-03".</summary>
    public static string Describe(QuietPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return string.Create(CultureInfo.InvariantCulture, $"{period.Label} {period.From:yyyy-MM-dd}/{period.To:yyyy-MM-dd}");
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>Why a quiet period was not added.</summary>
public enum QuietPeriodProblem
{
    LabelMissing,
    LabelTooLong,
    LabelIdentifies,
    Dates,
    EndBeforeStart,
    InThePast,
    TooLong,
    TooFarAhead,
    Overlaps,
    TooMany,
}

/// <summary>The period added and the team's periods after it, or the problems (and the periods unchanged).</summary>
public sealed record QuietPeriodValidation(QuietPeriod? Added, IReadOnlyList<QuietPeriod> Periods, IReadOnlyList<QuietPeriodProblem> Problems);
