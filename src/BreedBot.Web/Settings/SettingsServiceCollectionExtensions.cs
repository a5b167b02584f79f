using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Settings;

internal static class SettingsServiceCollectionExtensions
{
    /// <summary>The owners' settings card, the team's quiet weeks, its audit trail and the aandachtsfunctionaris role.</summary>
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddScoped<SettingsCards>();
        services.AddScoped<AandachtsfunctionarisRole>();
        services.AddCommand<SettingsCommandHandler>();
        services.AddCardVerbs<SettingsActionHandler>();
        services.AddCardVerbs<QuietWeeksActionHandler>();
        services.AddCardVerbs<AandachtsfunctionarisRole>();
        services.AddCardVerbs<PoolSettingsHandler>();
        services.AddPersonalData<SettingsAuditPersonalData>();
        return services;
    }
}
