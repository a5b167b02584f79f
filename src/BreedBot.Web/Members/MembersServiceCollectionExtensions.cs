using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

internal static class MembersServiceCollectionExtensions
{
    /// <summary>
    /// Joining and taking part: the invitations a roster brings, the join card and its answers, "doe mee", the profile card behind "profiel",
    /// "pauze" and "stop", leaving a team, a person's Teams time zone, and the membership as personal data.
    /// </summary>
    public static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddScoped<RosterInvitations>();
        services.AddScoped<MemberRemoval>();
        services.AddScoped<IRosterChanges, RosterChanges>();
        services.AddCommand<MembershipCommandHandler>();
        services.AddScoped<CardSenderMembership>();
        services.AddCardVerbs<JoinActionHandler>();
        services.AddCardVerbs<ProfileActionHandler>();
        services.AddSingleton<MemberTimeZones>();
        services.AddSingleton<IHandledTurnObserver>(sp => sp.GetRequiredService<MemberTimeZones>());
        services.AddSingleton<IStoredTimeZones>(sp => sp.GetRequiredService<MemberTimeZones>());
        services.AddPersonalData<MembershipPersonalData>();
        return services;
    }
}
