using BreedBot.Storage.Retention;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Retention;

internal static class RetentionServiceCollectionExtensions
{
    /// <summary>Retention periods bound to <c>Retention</c> and validated at startup, and the runs that apply them.</summary>
    public static IServiceCollection AddBreedBotRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TeamDataPurge>();
        services.AddSingleton<ExpiredRows>();
        services.AddSingleton<AgedReflections>();
        services.AddOccurrenceSource<RetentionSource>();
        services.AddRetentionRule<TeamDataRetention>();
        services.AddRetentionRule<DatedRecordsRetention>();
        services.AddRetentionRule<ReflectionRetention>();
        return services;
    }

    public static IServiceCollection AddRetentionRule<TRule>(this IServiceCollection services)
        where TRule : class, IRetentionRule =>
        services.AddScoped<IRetentionRule, TRule>();
}
