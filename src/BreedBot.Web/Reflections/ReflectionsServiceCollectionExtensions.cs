using BreedBot.Web.Kernel;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

internal static class ReflectionsServiceCollectionExtensions
{
    /// <summary>The reflection flow: its command, card verbs, personal data, and the scheduler source of follow-ups and reminders.</summary>
    public static IServiceCollection AddReflections(this IServiceCollection services)
    {
        services.AddSingleton<ReflectionClock>();
        services.AddScoped<ReflectionWriter>();
        services.AddScoped<ReflectionPartners>();
        services.AddScoped<ReflectionSharing>();
        services.AddScoped<ReflectionCompletion>();
        services.AddScoped<ReflectionRetraction>();
        services.AddScoped<IReflectionCards>(sp => sp.GetRequiredService<ReflectionRetraction>());
        services.AddScoped<ReflectionTeamFacts>();
        services.AddScoped<IStepFollowUps, StepFollowUps>();
        services.AddCommand<ReflectionStartHandler>();
        services.AddCardVerbs<ReflectionStartHandler>();
        services.AddCardVerbs<ReflectionStepHandler>();
        services.AddCardVerbs<ReflectionAftercareHandler>();
        services.AddCommand<QuickReflectionHandler>();
        services.AddCardVerbs<QuickReflectionHandler>();
        services.AddPersonalData<ReflectionPersonalData>();
        services.AddOccurrenceSource<ReflectionDueSource>();
        return services;
    }
}
