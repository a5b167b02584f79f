using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Acute;

internal static class AcuteServiceCollectionExtensions
{
    /// <summary>The acute path: the typed words, the "acuut gevaar" button, the urgent consult and its background sends.</summary>
    public static IServiceCollection AddAcuteDanger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AcuteOptions>()
            .Bind(configuration.GetSection(AcuteOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<ConsultCircle>();
        services.AddScoped<AcutePreview>();
        services.AddScoped<UrgentConsult>();
        services.AddSingleton<UrgentConsultSends>();
        services.AddCommand<AcuteCommand>();
        services.AddCardVerbs<AcuteActionHandler>();
        services.AddPersonalData<UrgentConsultPersonalData>();
        return services;
    }
}
