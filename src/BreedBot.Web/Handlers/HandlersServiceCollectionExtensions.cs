using BreedBot.Connector;
using BreedBot.Web.Bot;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Handlers;

internal static class HandlersServiceCollectionExtensions
{
    public static IServiceCollection AddBreedBotHandlers(this IServiceCollection services)
    {
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<BotMessenger>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<InstallationHandler>();
        services.AddSingleton<TeamInstallHandler>();
        services.AddSingleton<PersonalInstallHandler>();
        services.AddSingleton<CardActionHandler>();
        return services;
    }

    /// <summary>Says it loudly at every start when the development switch for unauthenticated requests is on.</summary>
    public static WebApplication WarnWhenUnauthenticatedRequestsAreAllowed(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (options.DangerouslyAllowUnauthenticatedRequests)
        {
            Log.UnauthenticatedRequestsAllowed(app.Logger);
        }

        return app;
    }
}
