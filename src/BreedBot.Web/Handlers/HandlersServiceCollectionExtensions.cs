using BreedBot.Web.Privacy;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Handlers;

internal static class HandlersServiceCollectionExtensions
{
    // Scoped: the typed ConnectorClient is transient, and a singleton would pin its HttpClient handler forever.
    public static IServiceCollection AddBreedBotHandlers(this IServiceCollection services)
    {

        // Commands and card verbs: each capability registers what it answers.
        services.AddCommand<MyDataCommands>();
        services.AddCardVerbs<MyDataEraser>();
        services.AddCardVerbs<MyDataCommands>();

        // Everything kept about a person: shown, exported and erased through these.
        services.AddScoped<PersonalDataSubjects>();
        services.AddPersonalData<DeliveryPersonalData>();

        services.AddBreedBotScheduler();
        services.AddCommand<Status.StatusCommand>();
        return services;
    }
}
