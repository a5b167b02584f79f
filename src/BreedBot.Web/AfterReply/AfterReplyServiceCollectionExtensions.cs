namespace BreedBot.Web.AfterReply;

internal static class AfterReplyServiceCollectionExtensions
{
    /// <summary>The bounded queue of work a turn leaves for after its reply, and the job that runs it and drains it on shutdown.</summary>
    public static IServiceCollection AddAfterReply(this IServiceCollection services)
    {
        services.AddOptions<AfterReplyOptions>().BindConfiguration(AfterReplyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AfterReplyQueue>();
        services.AddSingleton<AfterReplyJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AfterReplyJob>());
        return services;
    }
}
