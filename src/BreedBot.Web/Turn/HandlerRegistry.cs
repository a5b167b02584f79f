using BreedBot.Domain.Commands;

namespace BreedBot.Web.Turn;

/// <summary>
/// Which handler answers a command or verb. Built once, from one instance of every handler in a scope of its own; a turn
/// then creates only the handler it needs, from its own scope. A command or verb claimed twice is a wiring mistake that
/// must fail loudly at the first request, not silently pick one.
/// </summary>
internal sealed class HandlerRegistry(IEnumerable<ICommandHandler> commands, IEnumerable<ICardVerbHandler> verbs)
{
    private readonly Dictionary<BotCommand, Type> _commands = Index(commands, h => h.Commands);
    private readonly Dictionary<string, Type> _verbs = Index(verbs, h => h.Verbs.Select(v => v.Name));
    private readonly Dictionary<string, CardVerb> _places = verbs.SelectMany(h => h.Verbs).DistinctBy(v => v.Name).ToDictionary(v => v.Name);

    /// <summary>The registry of every handler the container knows (each registered as itself and as its role).</summary>
    public static HandlerRegistry Build(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return new HandlerRegistry(scope.ServiceProvider.GetServices<ICommandHandler>(), scope.ServiceProvider.GetServices<ICardVerbHandler>());
    }

    /// <summary>The command's handler, created in <paramref name="turn"/> (the turn's scope); null when nobody answers it.</summary>
    public ICommandHandler? ForCommand(BotCommand command, IServiceProvider turn) =>
        _commands.TryGetValue(command, out var type) ? (ICommandHandler)turn.GetRequiredService(type) : null;

    /// <summary>The verb's handler, created in <paramref name="turn"/> (the turn's scope); null when nobody answers it.</summary>
    public ICardVerbHandler? ForVerb(string verb, IServiceProvider turn) =>
        _verbs.TryGetValue(verb, out var type) ? (ICardVerbHandler)turn.GetRequiredService(type) : null;

    /// <summary>The verb as its handler registered it, with where it may be answered; null when nobody answers it.</summary>
    public CardVerb? VerbOf(string verb) => _places.GetValueOrDefault(verb);

    /// <summary>Every verb any handler answers.</summary>
    public IReadOnlyCollection<CardVerb> Verbs => _places.Values;

    private static Dictionary<TKey, Type> Index<TKey, THandler>(IEnumerable<THandler> handlers, Func<THandler, IEnumerable<TKey>> keys)
        where TKey : notnull
        where THandler : class
    {
        var index = new Dictionary<TKey, Type>();
        foreach (var handler in handlers)
        {
            foreach (var key in keys(handler))
            {
                if (!index.TryAdd(key, handler.GetType()))
                {
                    throw new InvalidOperationException($"'{key}' is handled by both {index[key].Name} and {handler.GetType().Name}.");
                }
            }
        }

        return index;
    }
}
