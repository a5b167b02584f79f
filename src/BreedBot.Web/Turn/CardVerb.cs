using BreedBot.Connector.Schema;
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

    public bool IsAllowedIn(Activity activity) => Place == CommandPlace.Anywhere || !IsShared(activity);

    /// <summary>
    /// A conversation others read along in: a channel or a group chat, by any of the marks Teams puts on it. An invoke
    /// without a conversation type and without those marks is a 1:1 chat (the Agents Playground sends such invokes).
    /// </summary>
    public static bool IsShared(Activity activity) =>
        activity.Conversation?.ConversationType is { } type ? type != "personal"
            : activity.Conversation?.IsGroup == true || activity.ChannelData?.Team is not null || activity.ChannelData?.Channel is not null;
}
