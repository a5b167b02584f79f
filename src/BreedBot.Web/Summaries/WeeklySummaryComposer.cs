using BreedBot.Domain.Summaries;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.TeamWeeks;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Summaries;

/// <summary>
/// Builds a team's summary card for a week: the week and the four before it (five single-partition
/// queries), aggregated with the minimum group size, and the team's tip of that week.
/// </summary>
public sealed class WeeklySummaryComposer(TeamWeekFactStore facts, TimeProvider time)
{
    public const int WeeksRead = WeeklySummaryBuilder.TrendWeeks + 1;

    /// <summary>The week that is summarised now: the current ISO week in the team's time zone.</summary>
    public IsoWeek CurrentWeek(TeamInstallation team) => IsoWeek.Of(time.GetUtcNow(), team.Settings.Zone);

    public async Task<RenderedCard> ComposeAsync(TeamInstallation team, IsoWeek week, UserLanguage language, IReadOnlyList<string> courageStories, CancellationToken ct)
    {
        var weeks = await facts.GetWeeksAsync(team.TenantId, team.TeamId, week, WeeksRead, ct);
        var summary = WeeklySummaryBuilder.Build(weeks) with
        {
            QuietLabels = [.. team.QuietPeriods.Where(q => q.Overlaps(week.Monday, week.Sunday)).Select(q => q.Label)],
        };
        var tip = TipOfTheWeek.Choose(team.TenantId + "|" + team.TeamId, week);
        return SummaryCard.Render(language, summary, tip, courageStories);
    }
}
