using BreedBot.Domain.Settings;
using BreedBot.Storage.Retention;
using BreedBot.Web.Scheduling;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Retention;

internal static class RetentionServiceCollectionExtensions
{
    /// <summary>
    /// Retention periods bound to <c>Retention</c> and validated at startup, the bounds team owners choose between
    /// (<see cref="RetentionBounds"/>, read by the settings card), and the daily run that applies them.
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value.Bounds);
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
