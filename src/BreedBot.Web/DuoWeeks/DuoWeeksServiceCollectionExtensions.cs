using BreedBot.Web.Kernel;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Turn;

namespace BreedBot.Web.DuoWeeks;

internal static class DuoWeeksServiceCollectionExtensions
{
    /// <summary>
    /// The duos' weeks: the reminders, nudges and partner-paused notices the scheduler sends, the answers on the
    /// reminder card, the partner's card shown again, the week's facts for the summary, and the weeks as personal data.
    /// </summary>
    public static IServiceCollection AddDuoWeeks(this IServiceCollection services)
    {
        services.AddScoped<DuoDirectory>();
        services.AddScoped<DuoWeekAnswerer>();
        services.AddScoped<DuoWeekFacts>();
        services.AddScoped<PartnerCards>();
        services.AddScoped<SkipAheadNotices>();
        services.AddScoped<DuoWeekWrites>();
        services.AddScoped<DuoSkipAhead>();
        services.AddScoped<IDuoSkipAhead>(sp => sp.GetRequiredService<DuoSkipAhead>());
        services.AddOccurrenceSource<DuoReminderSource>();
        services.AddCardVerbs<DuoWeekActionHandler>();
        services.AddCommand<DuoMomentCommandHandler>();
        services.AddPersonalData<DuoWeekPersonalData>();
        return services;
    }
}
