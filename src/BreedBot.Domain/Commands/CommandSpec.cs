namespace BreedBot.Domain.Commands;

/// <summary>
/// One command BreedBot understands: its words (Dutch first, English beside them; each parses back to it), where it is
/// answered, and what the help card and the Teams menu say about it. <see cref="CommandTable"/> holds them all; the parser,
/// the place check, the help card and the test of the Teams app manifest's command lists read it.
/// </summary>
/// <param name="Words">The words as the help card lists them.</param>
/// <param name="HelpLine">What the help card says the command does.</param>
public sealed record CommandSpec(BotCommand Command, IReadOnlyList<string> Words, CommandPlace Place, BilingualText HelpLine)
{
    /// <summary>Only the team's owners may use it (checked on every request); the help card says so.</summary>
    public bool OwnersOnly { get; init; }

    /// <summary>Words an argument follows, tried before <see cref="Words"/> ("pauze tot 1-3-2027"); not on the help card.</summary>
    public IReadOnlyList<string> LeadWords { get; init; } = [];

    /// <summary>Whether what follows the word is the command's argument (a date, a number of weeks).</summary>
    public bool TakesArgument { get; init; }

    /// <summary>
    /// What the help card shows instead of the reader's own words (<see cref="MenuTitle"/>, else the first Dutch or the last
    /// English of <see cref="Words"/>): an example, or the words people reach for first.
    /// </summary>
    public BilingualText? HelpKeyword { get; init; }

    /// <summary>
    /// Its title in the Teams command menu of every scope it is answered in, Dutch and English; null when it is only
    /// typed (the personal menu holds <see cref="CommandPlaces.MaxMenuCommands"/>).
    /// </summary>
    public BilingualText? MenuTitle { get; init; }

    /// <summary>For a channel command asked anywhere else: where to ask it, in words about what was asked.</summary>
    public BilingualText? WhereToAsk { get; init; }

    public bool InPersonalChat => Place is CommandPlace.PersonalChat or CommandPlace.Anywhere;

    public bool InChannel => Place is CommandPlace.Channel or CommandPlace.Anywhere;
}
