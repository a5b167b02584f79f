using BreedBot.Web.Handlers;
using BreedBot.Web.Jobs;
using BreedBot.Web.Privacy;

namespace BreedBot.Web.Reflections;

internal static class ReflectionsServiceCollectionExtensions
{
    /// <summary>The reflection flow: its command, card verbs, personal data, and the job that sends follow-ups and reminders.</summary>
    public static IServiceCollection AddReflections(this IServiceCollection services)
    {
        services.AddSingleton<ReflectionClock>();
        services.AddScoped<ReflectionWriter>();
        services.AddScoped<ReflectionPartners>();
        services.AddScoped<ReflectionSharing>();
        services.AddScoped<ReflectionCompletion>();
        services.AddScoped<ReflectionTeamFacts>();
        services.AddScoped<ReflectionDueDispatcher>();
        services.AddCommand<ReflectionCommand>();
        services.AddCardVerbs<ReflectionCommand>();
        services.AddCardVerbs<ReflectionStepHandler>();
        services.AddCardVerbs<ReflectionAftercareHandler>();
        services.AddPersonalData<ReflectionPersonalData>();
        services.AddSingleton<ReflectionDueJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReflectionDueJob>());
        return services;
    }
}
