using BreedBot.Web.Kernel;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Pairing;

internal static class PairingServiceCollectionExtensions
{
    /// <summary>
    /// Pairing: "koppel duo's", "rotatie", "duo" and "wissel" (with the question it asks first), the welcome card's button, the duo card's buttons (skip
    /// ahead, every two weeks), the automatic re-pairing each
    /// rotation, mending a duo when someone leaves, the duo announcements, and a person's duos as personal data.
    /// </summary>
    public static IServiceCollection AddPairing(this IServiceCollection services)
    {
        services.AddScoped<PairingRun>();
        services.AddScoped<FormerParticipantCards>();
        services.AddScoped<TeamPairing>();
        services.AddScoped<DuoAnnouncer>();
        services.AddScoped<DuoDeparture>();
        services.AddScoped<IMemberDepartures>(sp => sp.GetRequiredService<DuoDeparture>());
        services.AddCommand<PairingHandler>();
        services.AddCardVerbs<PairingHandler>();
        services.AddCardVerbs<DuoCardActionHandler>();
        services.AddCommand<SwapCommandHandler>();
        services.AddCardVerbs<SwapActionHandler>();
        services.AddOccurrenceSource<RotationSource>();
        services.AddScoped<PoolPairing>();
        services.AddOccurrenceSource<PoolRotationSource>();
        services.AddPersonalData<DuoPersonalData>();
        return services;
    }
}
