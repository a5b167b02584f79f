using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Installation;

internal static class InstallationServiceCollectionExtensions
{
    /// <summary>BreedBot added to or removed from a team or a personal chat: the records, the welcomes, the chat's address and language (as personal data).</summary>
    public static IServiceCollection AddInstallation(this IServiceCollection services)
    {
        services.AddScoped<IInstallationHandler, InstallationHandler>();
        services.AddScoped<TeamInstallHandler>();
        services.AddScoped<PersonalInstallHandler>();
        services.AddPersonalData<ChatPersonalData>();
        services.AddSingleton<ChatLanguages>();
        services.AddSingleton<ITurnObserver>(sp => sp.GetRequiredService<ChatLanguages>());
        return services;
    }
}
