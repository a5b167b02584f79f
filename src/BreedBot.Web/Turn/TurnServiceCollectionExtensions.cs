using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BreedBot.Web.Turn;

internal static class TurnServiceCollectionExtensions
{
    /// <summary>
    /// What every turn passes through: the router, the message and card-action dispatch, the registry of commands and
    /// verbs, and the messenger. Scoped: the typed ConnectorClient is transient, and a singleton would pin its HttpClient
    /// handler forever. The registry is built once; it creates each turn's handler in the turn's scope.
    /// </summary>
    public static IServiceCollection AddTurn(this IServiceCollection services)
    {
        services.AddScoped<ActivityRouter>();
        services.AddScoped<BotMessenger>();
        services.AddScoped<MessageHandler>();
        services.AddScoped<CardActionHandler>();
        services.AddSingleton(HandlerRegistry.Build);
        return services;
    }

    /// <summary>Registers a command handler; one instance per request serves both its roles.</summary>
    public static IServiceCollection AddCommand<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.TryAddScoped<THandler>();
        return services.AddScoped<ICommandHandler>(sp => sp.GetRequiredService<THandler>());
    }

    /// <summary>Registers a card-action handler; with <see cref="AddCommand{THandler}"/> on the same type, one instance per request.</summary>
    public static IServiceCollection AddCardVerbs<THandler>(this IServiceCollection services)
        where THandler : class, ICardVerbHandler
    {
        services.TryAddScoped<THandler>();
        return services.AddScoped<ICardVerbHandler>(sp => sp.GetRequiredService<THandler>());
    }
}
