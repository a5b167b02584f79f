using BreedBot.Web.Turn;

namespace BreedBot.Web.Status;

internal static class StatusServiceCollectionExtensions
{
    /// <summary>"@BreedBot status": the owners' count of this week's and last week's deliveries. It keeps nothing of its own.</summary>
    public static IServiceCollection AddStatus(this IServiceCollection services) => services.AddCommand<StatusCommandHandler>();
}
