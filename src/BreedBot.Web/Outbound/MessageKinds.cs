namespace BreedBot.Web.Outbound;

/// <summary>
/// The kinds of proactive message other than the duo schedule's (<c>DuoWeekKinds</c>), the reflections'
/// follow-ups and the summary. A kind is stored on each delivery record, so <c>status</c> can count them; it
/// never names a person.
/// </summary>
public static class MessageKinds
{
    /// <summary>A member's duo card after pairing, a swap or a mended duo.</summary>
    public const string DuoAnnouncement = "duo-announcement";

    /// <summary>A short text about one's duo: not placed this round, the duo was changed, a partner left, no partner free.</summary>
    public const string DuoNotice = "duo-notice";

    /// <summary>The join card a member of a team gets in their personal chat.</summary>
    public const string Invitation = "invitation";

    /// <summary>A count-only post in the team channel (the rotation job's pairing result, a declined role).</summary>
    public const string ChannelNotice = "channel-notice";

    /// <summary>A reflection shared with a duo partner, and the partner's response back to its author.</summary>
    public const string ReflectionShare = "reflection-share";

    /// <summary>The card that tells a member they were chosen as the team's aandachtsfunctionaris.</summary>
    public const string RoleCard = "role-card";

    /// <summary>
    /// "Vraag nu om overleg": the message to a duo partner or aandachtsfunctionaris. Sent at once, not queued
    /// (the person in danger hears within seconds whether it arrived), and recorded like every proactive message.
    /// </summary>
    public const string UrgentConsult = "urgent-consult";

    /// <summary>
    /// A card BreedBot sent about a reflection or courage story, updated in place to "verwijderd" after the person
    /// erased it or its retention ended. Counted by <c>status</c> on a line of its own.
    /// </summary>
    public const string Retraction = "retraction";

    /// <summary>A reply (or a private answer) that Teams did not take within its turn, sent by the workers instead.</summary>
    public const string LateReply = "late-reply";

    /// <summary>The duo cards and duo notices, counted together by <c>status</c>.</summary>
    public static bool IsDuoAnnouncement(string kind) => kind is DuoAnnouncement or DuoNotice;
}
