using BreedBot.Connector;
using BreedBot.Web.Bot;
using BreedBot.Web.Jobs;
using BreedBot.Web.Members;
using BreedBot.Web.Pairing;
using BreedBot.Web.Privacy;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Handlers;

internal static class HandlersServiceCollectionExtensions
{
    // Scoped: the typed ConnectorClient is transient, and a singleton would pin its HttpClient handler forever.
    public static IServiceCollection AddBreedBotHandlers(this IServiceCollection services)
    {
        services.AddScoped<ActivityRouter>();
        services.AddScoped<BotMessenger>();
        services.AddScoped<MessageHandler>();
        services.AddScoped<InstallationHandler>();
        services.AddScoped<TeamInstallHandler>();
        services.AddScoped<PersonalInstallHandler>();
        services.AddScoped<CardActionHandler>();
        services.AddScoped<RosterInvitations>();
        services.AddScoped<PersonalChats>();
        services.AddScoped<JoinActionHandler>();
        services.AddScoped<MembershipCommands>();
        services.AddScoped<SenderTeams>();
        services.AddScoped<MyDataCommands>();
        services.AddScoped<MyDataEraser>();
        services.AddScoped<TeamOwners>();
        services.AddScoped<PairingRun>();
        services.AddScoped<PairingCommands>();
        services.AddScoped<DuoDeparture>();
        services.AddScoped<DuoAnnouncer>();
        services.AddScoped<DuoSwapCommand>();
        services.AddScoped<TeamPairing>();
        services.AddSingleton<RotationJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RotationJob>());
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
