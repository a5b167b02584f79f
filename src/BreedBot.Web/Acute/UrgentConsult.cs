using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Storage.Duos;
using BreedBot.Storage.Members;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Members;

namespace BreedBot.Web.Acute;

/// <summary>
/// "Vraag nu om overleg": messages the sender's current duo partner(s) in every team, and each
/// team's aandachtsfunctionaris when one is set, asking them to get in touch urgently. The
/// message names only the requester and links to a chat with them — never anything about the case.
/// <para>
/// Sent inline, not through the outbox, on purpose: the person in acute danger must know at once whether
/// anyone was reached (the card says "sent" or "not sent"), and a queued message could wait behind a team's
/// fan-out or a tenant pause without them knowing.
/// </para>
/// </summary>
internal sealed class UrgentConsult(
    SenderTeams senderTeams, DuoStore duos, MemberStore members, PersonalChats chats, BotMessenger messenger, ILogger<UrgentConsult> logger)
{
    public async Task<AcuteCard.ConsultOutcome> RequestAsync(Activity activity, CancellationToken ct)
    {
        var requesterKey = ActivityAddress.UserKey(activity.From);
        var recipients = new Dictionary<string, (Domain.Teams.TeamInstallation Team, TeamMember Member)>(StringComparer.Ordinal);
        string? requesterName = activity.From?.Name;
        string? requesterUpn = null;
        foreach (var (team, self) in await senderTeams.OfAsync(activity, ct))
        {
            requesterName ??= self.Name;
            requesterUpn ??= self.UserPrincipalName;
            foreach (var key in await ConsultKeysAsync(team, requesterKey, ct))
            {
                if (!recipients.ContainsKey(key) && await members.GetAsync(team.TenantId, team.TeamId, key, ct) is { Status: not MembershipStatus.Removed } member)
                {
                    recipients[key] = (team, member);
                }
            }
        }

        if (recipients.Count == 0)
        {
            return AcuteCard.ConsultOutcome.NobodyToAsk;
        }

        var text = UrgentConsultText.For(requesterName, requesterUpn);
        var sent = 0;
        foreach (var (team, member) in recipients.Values)
        {
            try
            {
                var chat = await chats.ReachAsync(team, RosterPerson.Of(member), ct);
                await messenger.PostTextAsync(chat, text, ct);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.AcuteConsultRecipientFailed(logger, e.GetType().Name);
            }
        }

        Log.AcuteConsultSent(logger, sent, recipients.Count);
        return sent > 0 ? AcuteCard.ConsultOutcome.Sent : AcuteCard.ConsultOutcome.NotSent;
    }

    /// <summary>The partners in the team's current rotation, and the team's aandachtsfunctionaris.</summary>
    private async Task<IEnumerable<string>> ConsultKeysAsync(Domain.Teams.TeamInstallation team, string? requesterKey, CancellationToken ct)
    {
        var keys = new List<string>();
        if (requesterKey is not null && await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is { } rotation)
        {
            keys.AddRange(rotation.Duos.Where(d => d.Members.Contains(requesterKey)).SelectMany(d => d.Members));
        }

        if (team.Settings.AandachtsfunctionarisKey is { Length: > 0 } af)
        {
            keys.Add(af);
        }

        return keys.Where(k => k != requesterKey);
    }
}
