using System.Globalization;
using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Members;

/// <summary>
/// Turns join-card answers into a profile, or says what is wrong. Everything is checked as if
/// tampered with: choices must be known values, colleagues must be in the same team.
/// </summary>
public static class ProfileValidator
{
    public static readonly TimeOnly EarliestMoment = new(7, 0);
    public static readonly TimeOnly LatestMoment = new(19, 0);
    public const int MaxYearsOfExperience = 60;

    private static readonly DayOfWeek[] WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static ProfileValidation Validate(ProfileAnswers answers, string selfKey, IReadOnlySet<string> teamMemberKeys)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(teamMemberKeys);
        var problems = new List<ProfileProblem>();

        var role = ParseName<MemberRole>(answers.Role);
        if (role is null)
        {
            problems.Add(ProfileProblem.RoleMissing);
        }

        var cluster = ParseName<Beroepscluster>(answers.Cluster);
        if (cluster is null)
        {
            problems.Add(ProfileProblem.ClusterMissing);
        }

        var day = ParseName<DayOfWeek>(answers.Day);
        if (day is null || !WorkingDays.Contains(day.Value))
        {
            problems.Add(ProfileProblem.DayMissing);
        }

        var time = ParseTime(answers.Time, problems);
        var years = ParseYears(answers.Years, problems);
        var notWith = ParseNotWith(answers.NotWith, selfKey, teamMemberKeys, problems);

        return problems.Count > 0
            ? new ProfileValidation(null, problems)
            : new ProfileValidation(new MemberProfile(role!.Value, cluster!.Value, new WeeklyMoment(day!.Value, time!.Value), years, notWith), []);
    }

    // Only names count: Enum.TryParse would also accept "3" or "1,2" from a tampered card.
    private static T? ParseName<T>(string? value)
        where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(name => string.Equals(name, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } match
            ? Enum.Parse<T>(match)
            : null;

    private static TimeOnly? ParseTime(string? value, List<ProfileProblem> problems)
    {
        if (!TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            problems.Add(ProfileProblem.TimeMissing);
            return null;
        }

        if (time < EarliestMoment || time > LatestMoment)
        {
            problems.Add(ProfileProblem.TimeOutOfRange);
            return null;
        }

        return time;
    }

    private static int? ParseYears(string? value, List<ProfileProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= MaxYearsOfExperience)
        {
            return years;
        }

        problems.Add(ProfileProblem.YearsInvalid);
        return null;
    }

    private static List<string> ParseNotWith(string? value, string selfKey, IReadOnlySet<string> teamMemberKeys, List<ProfileProblem> problems)
    {
        var keys = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count > MemberProfile.MaxNotWith)
        {
            problems.Add(ProfileProblem.NotWithTooMany);
        }

        if (keys.Any(key => key == selfKey || !teamMemberKeys.Contains(key)))
        {
            problems.Add(ProfileProblem.NotWithNotInTeam);
        }

        return keys;
    }
}
