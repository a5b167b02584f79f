using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.CourageStories;

internal static class CourageStoriesServiceCollectionExtensions
{
    /// <summary>"Deel een moedig moment": the command, its card's verbs, and the waiting stories as personal data.</summary>
    public static IServiceCollection AddCourageStories(this IServiceCollection services)
    {
        services.AddScoped<CourageStoryCards>();
        services.AddScoped<ICourageStoryCards>(provider => provider.GetRequiredService<CourageStoryCards>());
        services.AddCommand<CourageStoryHandler>();
        services.AddCardVerbs<CourageStoryHandler>();
        services.AddPersonalData<CourageStoryPersonalData>();
        return services;
    }
}
