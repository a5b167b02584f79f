using System.Globalization;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Settings;

/// <summary>
/// Checks a submitted settings card field by field. Every value must be one the card could have
/// offered: a working day, a time between 07:00 and 19:00, an offered time zone, a rotation
/// <see cref="RotationInterval"/> accepts, a current team member (or nobody) as
/// aandachtsfunctionaris, on/off for the switches, every week or every two weeks, and a retention within the deployment's bounds.
/// Anything else — a tampered card — is a problem, and nothing of the submit is used.
/// </summary>
public static class SettingsValidator
{
    public static readonly TimeOnly EarliestSummary = new(7, 0);
    public static readonly TimeOnly LatestSummary = new(19, 0);

    public static SettingsValidation Validate(
        SettingsForm form, TeamSettingsState current, RetentionBounds retention, IReadOnlySet<string> memberKeys)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(retention);
        ArgumentNullException.ThrowIfNull(memberKeys);
        var problems = new List<SettingsProblem>();

        var day = Enum.TryParse<DayOfWeek>(form.SummaryDay, ignoreCase: false, out var d) && d is >= DayOfWeek.Monday and <= DayOfWeek.Friday
            && form.SummaryDay == d.ToString() ? d : Problem(problems, SettingsProblem.SummaryDay, DayOfWeek.Friday);
        var time = TimeOnly.TryParseExact(form.SummaryTime?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            && t >= EarliestSummary && t <= LatestSummary && t.Second == 0 ? t : Problem(problems, SettingsProblem.SummaryTime, default(TimeOnly));
        var zone = TeamTimeZones.IsOffered(form.TimeZoneId) ? form.TimeZoneId! : Problem(problems, SettingsProblem.TimeZone, "");
        var weeks = RotationInterval.TryParse(form.Rotation, out var w) && form.Rotation == Canonical(w) ? w : Problem(problems, SettingsProblem.Rotation, 0);
        var af = string.IsNullOrEmpty(form.Aandachtsfunctionaris) || form.Aandachtsfunctionaris == SettingsForm.Nobody ? null
            : memberKeys.Contains(form.Aandachtsfunctionaris) ? form.Aandachtsfunctionaris
            : Problem<string?>(problems, SettingsProblem.Aandachtsfunctionaris, null);
        var mix = Switch(form.MixRoles) ?? Problem(problems, SettingsProblem.MixRoles, false);
        var days = int.TryParse(form.RetentionDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && retention.Contains(r)
            ? r : Problem(problems, SettingsProblem.RetentionDays, 0);
        var paused = Switch(form.Paused) ?? Problem(problems, SettingsProblem.Paused, false);
        // A card from before the rhythm was on it sends none: the rhythm stays as it is.
        var rhythm = form.Rhythm is null ? current.Settings.Rhythm
            : Enum.TryParse<DuoRhythm>(form.Rhythm, ignoreCase: false, out var m) && Enum.IsDefined(m) && form.Rhythm == m.ToString() ? m
            : Problem(problems, SettingsProblem.Rhythm, DuoRhythm.EveryWeek);
        if (problems.Count > 0)
        {
            return new SettingsValidation(null, problems);
        }

        var settings = current.Settings with
        {
            SummaryDay = day,
            SummaryTime = time,
            TimeZoneId = zone,
            AandachtsfunctionarisKey = af,
            MixRoles = mix,
            // Choosing the default while nothing was chosen keeps following the deployment's default.
            RetentionDays = current.Settings.RetentionDays is null && days == retention.DefaultDays ? null : days,
            Paused = paused,
            Rhythm = rhythm,
        };
        return new SettingsValidation(new TeamSettingsState(settings, weeks), []);
    }

    /// <summary>The card's value for an interval: the weeks as a number, or "nooit".</summary>
    public static string Canonical(int rotationWeeks) =>
        rotationWeeks == RotationInterval.Never ? "nooit" : rotationWeeks.ToString(CultureInfo.InvariantCulture);

    private static bool? Switch(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    private static T Problem<T>(List<SettingsProblem> problems, SettingsProblem problem, T placeholder)
    {
        problems.Add(problem);
        return placeholder;
    }
}

/// <summary>The settings to store, or the problems that stop the submit.</summary>
public sealed record SettingsValidation(TeamSettingsState? State, IReadOnlyList<SettingsProblem> Problems)
{
    public bool IsValid => State is not null;
}
