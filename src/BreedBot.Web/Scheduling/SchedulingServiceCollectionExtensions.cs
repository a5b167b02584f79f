namespace BreedBot.Web.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>The scheduler loop; sources register themselves with <see cref="AddOccurrenceSource{TSource}"/>.</summary>
    public static IServiceCollection AddBreedBotScheduler(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName);
        services.AddSingleton<SchedulerJob>();
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerJob>());
        return services;
    }

    public static IServiceCollection AddOccurrenceSource<TSource>(this IServiceCollection services)
        where TSource : class, IOccurrenceSource =>
        services.AddScoped<IOccurrenceSource, TSource>();
}
