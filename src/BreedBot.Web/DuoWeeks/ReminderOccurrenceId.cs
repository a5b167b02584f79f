using System.Globalization;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The parts of a duo occurrence id: <c>reminder/2027-W07/&lt;duo&gt;/1[/m2]</c>,
/// <c>nudge/2027-W07/&lt;duo&gt;/1</c>, <c>paused/&lt;duo&gt;/&lt;until&gt;/&lt;paused index&gt;/&lt;recipient&gt;</c>.
/// </summary>
internal sealed record ReminderOccurrenceId(IsoWeek Week, string DuoKey, int Recipient)
{
    public static ReminderOccurrenceId? Parse(string id)
    {
        var parts = id.Split('/');
        return parts switch
        {
            ["reminder" or "nudge", var week, var duo, var index, ..] when IsoWeek.TryParse(week, out var w) && TryIndex(index, out var i) => new(w, duo, i),
            ["paused", var duo, _, _, var index] when TryIndex(index, out var i) => new(default, duo, i),
            _ => null,
        };
    }

    private static bool TryIndex(string text, out int index) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < 3;
}
