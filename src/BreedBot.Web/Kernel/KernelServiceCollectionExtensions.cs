namespace BreedBot.Web.Kernel;

internal static class KernelServiceCollectionExtensions
{
    /// <summary>What every feature may use: the sender's teams and cluster, a person's chat and language, owner checks and the owner commands' gate, private replies.</summary>
    public static IServiceCollection AddKernel(this IServiceCollection services)
    {
        services.AddScoped<SenderTeams>();
        services.AddScoped<CardRetraction>();
        services.AddScoped<SenderCluster>();
        services.AddScoped<PersonalChats>();
        services.AddScoped<TeamOwners>();
        services.AddScoped<TeamGroups>();
        services.AddSingleton<TeamOwnerMemory>();
        services.AddScoped<PrivateReplies>();
        services.AddScoped<OwnerCommandGate>();
        services.AddScoped<RecipientLanguages>();
        return services;
    }

    /// <summary>Registers one kind of personal record, so "mijn gegevens" shows it, exports it and erases it.</summary>
    public static IServiceCollection AddPersonalData<TSource>(this IServiceCollection services)
        where TSource : class, IPersonalDataSource =>
        services.AddScoped<IPersonalDataSource, TSource>();
}
