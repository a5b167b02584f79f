using System.Text.Json;
using BreedBot.Domain.Members;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Members;

/// <summary>
/// "Ook een duopartner buiten mijn team" as the join and profile cards send it, saved the same way by both: the cards
/// ask only in a pooled team, and a card without the toggle leaves the stored choice as it was. A choice is kept even
/// if the team left the pool since: it counts only while the team is in it.
/// </summary>
internal static class PoolOptInAnswer
{
    /// <summary>The toggle's value; null when the card had no toggle.</summary>
    public static bool? Of(JsonElement data) => CardData.Text(data, "pool") switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public static TeamMember Apply(TeamMember member, bool? choice) => member with { PoolOptIn = choice ?? member.PoolOptIn };

    /// <summary>The line that confirms a changed choice; null when nothing changed.</summary>
    public static string? Confirmation(MembersTexts t, bool before, bool? choice) =>
        choice is { } chosen && chosen != before ? (chosen ? t.PoolOptedIn : t.PoolOptedOut) : null;
}
