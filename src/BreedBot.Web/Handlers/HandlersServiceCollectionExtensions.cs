using BreedBot.Connector;
using BreedBot.Web.Bot;
using BreedBot.Web.Jobs;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Members;
using BreedBot.Web.Pairing;
using BreedBot.Web.Privacy;
using BreedBot.Web.Reflections;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Settings;
using BreedBot.Web.Summaries;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.AddScoped<HandlerRegistry>();
        services.AddScoped<RosterInvitations>();
        services.AddScoped<PersonalChats>();
        services.AddScoped<SenderTeams>();
        services.AddScoped<TeamOwners>();
        services.AddScoped<TeamGroups>();
        services.AddSingleton<TeamOwnerMemory>();
        services.AddScoped<PrivateReplies>();
        services.AddScoped<PairingRun>();
        services.AddScoped<DuoDeparture>();
        services.AddScoped<MemberRemoval>();
        services.AddScoped<DuoAnnouncer>();
        services.AddScoped<TeamPairing>();

        // Commands and card verbs: each capability registers what it answers.
        services.AddCommand<HelpCommand>();
        services.AddCommand<MembershipCommands>();
        services.AddCommand<DuoSwapCommand>();
        services.AddCommand<MyDataCommands>();
        services.AddCommand<PairingCommands>();
        services.AddCommand<SummaryCommand>();
        services.AddScoped<WeeklySummaryComposer>();
        services.AddOccurrenceSource<WeeklySummarySource>();
        services.AddCommand<CourageStoryCommand>();
        services.AddCardVerbs<CourageStoryCommand>();
        services.AddPersonalData<CourageStoryPersonalData>();
        services.AddCardVerbs<PairingCommands>();
        services.AddCardVerbs<JoinActionHandler>();
        services.AddCardVerbs<MyDataEraser>();
        services.AddCardVerbs<MyDataCommands>();
        services.AddCommand<MeldcodeCommand>();
        services.AddCardVerbs<MeldcodeActionHandler>();
        services.AddScoped<SenderCluster>();

        // Everything kept about a person: shown, exported and erased through these.
        services.AddScoped<PersonalDataSubjects>();
        services.AddPersonalData<DuoPersonalData>();
        services.AddPersonalData<MembershipPersonalData>();
        services.AddPersonalData<ChatPersonalData>();
        services.AddPersonalData<DeliveryPersonalData>();
        services.AddPersonalData<CheckInPersonalData>();
        services.AddReflections();

        services.AddSingleton<RotationJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RotationJob>());
        services.AddBreedBotScheduler();
        services.AddScoped<Reminders.DuoDirectory>();
        services.AddScoped<Reminders.DuoWeekAnswerer>();
        services.AddOccurrenceSource<Reminders.DuoReminderSource>();
        services.AddCardVerbs<Reminders.DuoWeekActions>();
        services.AddScoped<Reminders.PartnerCards>();
        services.AddScoped<Reminders.DuoWeekFacts>();
        services.AddTeamSettings();
        services.AddCommand<Status.StatusCommand>();
        services.AddSingleton<MemberTimeZones>();
        services.AddAfterReply();
        return services;
    }

    /// <summary>The bounded queue of work a turn leaves for after its reply, and the job that runs it and drains it on shutdown.</summary>
    public static IServiceCollection AddAfterReply(this IServiceCollection services)
    {
        services.AddOptions<AfterReplyOptions>().BindConfiguration(AfterReplyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AfterReplyQueue>();
        services.AddSingleton<AfterReplyJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AfterReplyJob>());
        return services;
    }

    /// <summary>Registers a command handler; one instance per request serves both its roles.</summary>
    public static IServiceCollection AddCommand<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.TryAddScoped<THandler>();
        return services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<THandler>());
    }

    public static IServiceCollection AddCardVerbs<THandler>(this IServiceCollection services)
        where THandler : class, ICardVerbHandler
    {
        services.TryAddScoped<THandler>();
        return services.AddScoped<ICardVerbHandler>(sp => sp.GetRequiredService<THandler>());
    }

    public static IServiceCollection AddPersonalData<TSource>(this IServiceCollection services)
        where TSource : class, IPersonalDataSource =>
        services.AddScoped<IPersonalDataSource, TSource>();

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
