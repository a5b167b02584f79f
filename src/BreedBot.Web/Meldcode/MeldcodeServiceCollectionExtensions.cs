using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Meldcode;

internal static class MeldcodeServiceCollectionExtensions
{
    /// <summary>
    /// The meldcode guide (the command and its card's buttons, answered in place) and the acute path: the typed
    /// words, the "acuut gevaar" button, the danger answer to a message not understood, the urgent consult and its
    /// background sends.
    /// </summary>
    public static IServiceCollection AddMeldcode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCommand<MeldcodeCommandHandler>();
        services.AddCardVerbs<MeldcodeActionHandler>();

        services.AddOptions<AcuteOptions>()
            .Bind(configuration.GetSection(AcuteOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDangerReply, AcuteDangerReply>();
        services.AddScoped<ConsultCircle>();
        services.AddScoped<AcutePreview>();
        services.AddScoped<UrgentConsult>();
        services.AddSingleton<UrgentConsultSends>();
        services.AddCommand<AcuteCommandHandler>();
        services.AddCardVerbs<AcuteActionHandler>();
        services.AddPersonalData<UrgentConsultPersonalData>();
        return services;
    }
}
