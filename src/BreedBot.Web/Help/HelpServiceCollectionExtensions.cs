using BreedBot.Web.Turn;

namespace BreedBot.Web.Help;

internal static class HelpServiceCollectionExtensions
{
    /// <summary>"help": the card with what BreedBot does and every command.</summary>
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddCommand<HelpCommandHandler>();
}
