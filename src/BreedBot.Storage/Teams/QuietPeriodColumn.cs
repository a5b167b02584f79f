using System.Globalization;
using System.Text.Json;
using BreedBot.Domain.Teams;

namespace BreedBot.Storage.Teams;

/// <summary>
/// A team's quiet weeks on its row (column <c>QuietWeeks</c>, JSON: label and the two dates as yyyy-MM-dd). A row
/// without the column, or with an entry that does not read, has no quiet weeks: reminders go on as before.
/// </summary>
internal static class QuietPeriodColumn
{
    public static IReadOnlyList<QuietPeriod> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return [.. (JsonSerializer.Deserialize<Row[]>(json) ?? [])
                .Select(r => (r.L, From: Date(r.F), To: Date(r.T)))
                .Where(r => !string.IsNullOrEmpty(r.L) && r.From is not null && r.To is not null && r.From <= r.To)
                .Select(r => new QuietPeriod(r.L, r.From!.Value, r.To!.Value))
                .OrderBy(q => q.From)];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string? Write(IReadOnlyCollection<QuietPeriod> periods) =>
        periods.Count == 0 ? null
        : JsonSerializer.Serialize(periods.Select(p => new Row(p.Label, Text(p.From), Text(p.To))));

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed record Row(string L, string F, string T);
}
