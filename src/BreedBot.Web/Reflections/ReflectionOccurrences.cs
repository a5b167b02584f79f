using System.Globalization;
using BreedBot.Domain.Scheduling;
using BreedBot.Storage.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>
/// A due-index entry as a scheduler occurrence: kind <c>reflection-followup</c> or
/// <c>reflection-nudge</c>, scope (tenant, "reflections"), id <c>followup/&lt;reflection id&gt;/&lt;round&gt;</c>
/// or <c>nudge/&lt;reflection id&gt;/0</c> — a random id, never the author. A follow-up is still
/// worth asking four days late; a reminder about unsafety only within a day.
/// </summary>
internal static class ReflectionOccurrences
{
    public const string FollowUpKind = "reflection-followup";
    public const string NudgeKind = "reflection-nudge";
    public const string ScopeId = "reflections";

    public static readonly TimeSpan FollowUpUsefulFor = TimeSpan.FromDays(4);
    public static readonly TimeSpan NudgeUsefulFor = TimeSpan.FromDays(1);

    public static Occurrence Of(ReflectionDue due)
    {
        ArgumentNullException.ThrowIfNull(due);
        var followUp = due.Kind == ReflectionDueKind.FollowUp;
        return new Occurrence(
            followUp ? FollowUpKind : NudgeKind,
            new OccurrenceScope(due.TenantId, ScopeId),
            string.Create(CultureInfo.InvariantCulture, $"{(followUp ? "followup" : "nudge")}/{due.ReflectionId}/{due.Round}"),
            due.DueAt,
            due.DueAt + (followUp ? FollowUpUsefulFor : NudgeUsefulFor));
    }

    /// <summary>The kind, reflection id and round named by an occurrence; null for anything else.</summary>
    public static (ReflectionDueKind Kind, string ReflectionId, int Round)? Parse(Occurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return occurrence.Id.Split('/') switch
        {
            ["followup", var id, var round] when occurrence.Kind == FollowUpKind && TryRound(round, out var r) => (ReflectionDueKind.FollowUp, id, r),
            ["nudge", var id, "0"] when occurrence.Kind == NudgeKind => (ReflectionDueKind.Nudge, id, 0),
            _ => null,
        };
    }

    private static bool TryRound(string text, out int round) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out round);
}
