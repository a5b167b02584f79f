using BreedBot.Web.Scheduling;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Summaries;

internal static class SummariesServiceCollectionExtensions
{
    /// <summary>The weekly team summary: posted by the scheduler at each team's day and time, and by an owner on request.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.AddScoped<WeeklySummaryComposer>();
        services.AddOccurrenceSource<WeeklySummarySource>();
        services.AddCommand<SummaryCommandHandler>();
        return services;
    }
}
