using BreedBot.Domain.Commands;

namespace BreedBot.Web.Turn;

/// <summary>
/// Looks up the handler of a command or verb. A command or verb claimed twice is a wiring mistake
/// that must fail loudly at the first request, not silently pick one.
/// </summary>
internal sealed class HandlerRegistry(IEnumerable<ICommandHandler> commands, IEnumerable<ICardVerbHandler> verbs)
{
    private readonly Dictionary<BotCommand, ICommandHandler> _commands = Index(commands, h => h.Commands);
    private readonly Dictionary<string, ICardVerbHandler> _verbs = Index(verbs, h => h.Verbs);

    public ICommandHandler? ForCommand(BotCommand command) => _commands.GetValueOrDefault(command);

    public ICardVerbHandler? ForVerb(string verb) => _verbs.GetValueOrDefault(verb);

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
