using BreedBot.Domain.Commands;

namespace BreedBot.Web.Turn;

/// <summary>
/// One Action.Execute verb a handler answers, with where it may be answered. Every verb says so when it is registered,
/// so a new verb cannot arrive without the decision: what shows or changes one person's things (their answers,
/// reflections, data, check-ins, stories, a consult) is <see cref="Personal"/> and refused outside their personal
/// chat, whatever a modified client sends; only what reveals nothing about anyone is <see cref="Anywhere"/>.
/// </summary>
internal sealed record CardVerb(string Name, CommandPlace Place)
{
    public static CardVerb Personal(string name) => new(name, CommandPlace.PersonalChat);

    public static CardVerb Anywhere(string name) => new(name, CommandPlace.Anywhere);

    public bool IsAllowedIn(string? conversationType) => Place == CommandPlace.Anywhere || conversationType == "personal";
}
