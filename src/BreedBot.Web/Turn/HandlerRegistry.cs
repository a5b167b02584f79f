using BreedBot.Domain.Commands;

namespace BreedBot.Web.Turn;

/// <summary>
/// Looks up the handler of a command or verb. A command or verb claimed twice is a wiring mistake
/// that must fail loudly at the first request, not silently pick one.
/// </summary>
internal sealed class HandlerRegistry(IEnumerable<ICommandHandler> commands, IEnumerable<ICardVerbHandler> verbs)
{
    private readonly Dictionary<BotCommand, ICommandHandler> _commands = Index(commands, h => h.Commands);
    private readonly Dictionary<string, ICardVerbHandler> _verbs = Index(verbs, h => h.Verbs.Select(v => v.Name));
    private readonly Dictionary<string, CardVerb> _places = verbs.SelectMany(h => h.Verbs).DistinctBy(v => v.Name).ToDictionary(v => v.Name);

    public ICommandHandler? ForCommand(BotCommand command) => _commands.GetValueOrDefault(command);

    public ICardVerbHandler? ForVerb(string verb) => _verbs.GetValueOrDefault(verb);

    /// <summary>The verb as its handler registered it, with where it may be answered; null when nobody answers it.</summary>
    public CardVerb? VerbOf(string verb) => _places.GetValueOrDefault(verb);

    /// <summary>Every verb any handler answers.</summary>
    public IReadOnlyCollection<CardVerb> Verbs => _places.Values;

    private static Dictionary<TKey, THandler> Index<TKey, THandler>(IEnumerable<THandler> handlers, Func<THandler, IEnumerable<TKey>> keys)
        where TKey : notnull
        where THandler : class
    {
        var index = new Dictionary<TKey, THandler>();
        foreach (var handler in handlers)
        {
            foreach (var key in keys(handler))
            {
                if (!index.TryAdd(key, handler))
                {
                    throw new InvalidOperationException($"'{key}' is handled by both {index[key].GetType().Name} and {handler.GetType().Name}.");
                }
            }
        }

        return index;
    }
}
