using BreedBot.Connector.Client;
using BreedBot.Domain.Members;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.Members;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Members;

/// <summary>
/// Reads a team's roster and invites each person who has not been invited yet. The join cards are queued in the
/// outbox (the send worker finds or creates each 1:1 chat), so a team of 500 keeps to Teams' limits and a person
/// who blocked BreedBot is a counted delivery, not a failed install. Each invitation is keyed by the moment the
/// person's member row became "invited": a repeat of the same invitation is never sent twice, and someone who
/// left and was added again is invited again.
/// </summary>
internal sealed class RosterInvitations(
    ConnectorClient connector, MemberStore members, IOutbox outbox, RecipientLanguages languages, ILogger<RosterInvitations> logger)
{
    private const int PageSize = 500;

    /// <summary>Reads the whole roster, invites whoever is new, and returns the member keys Teams listed.</summary>
    public async Task<IReadOnlySet<string>> InviteRosterAsync(TeamInstallation team, CancellationToken ct)
    {
        var serviceUrl = new Uri(team.Channel.ServiceUrl);
        string? continuation = null;
        var invited = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, team.TeamId, PageSize, continuation, ct);
            var people = page.Members.Select(RosterPerson.From).OfType<RosterPerson>().ToList();
            present.UnionWith(people.Select(p => p.Key));
            invited += await InviteAsync(team, people, ct);
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));

        Log.InvitationsSent(logger, invited);
        return present;
    }

    /// <summary>
    /// Members a <c>teamMemberAdded</c> event names: each is asked of Teams' roster, and only whom the roster knows is
    /// recorded and invited — with the roster's own name and ids, not the event's. Returns how many were invited now.
    /// </summary>
    public async Task<int> InviteAddedAsync(TeamInstallation team, IEnumerable<RosterPerson> added, CancellationToken ct)
    {
        var serviceUrl = new Uri(team.Channel.ServiceUrl);
        var known = new List<RosterPerson>();
        foreach (var person in added)
        {
            try
            {
                if (RosterPerson.From(await connector.GetMemberAsync(serviceUrl, team.TeamId, person.TeamsUserId, ct)) is { } member)
                {
                    known.Add(member);
                }
            }
            catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.NotFound)
            {
                Log.AddedMemberNotInRoster(logger);
            }
        }

        return await InviteAsync(team, known, ct);
    }

    /// <summary>
    /// Invites the given people (e.g. members just added to the team), each in their language (<see cref="RecipientLanguages"/>:
    /// their own when they wrote to BreedBot before, else the team's). Returns how many were invited now.
    /// </summary>
    public async Task<int> InviteAsync(TeamInstallation team, IEnumerable<RosterPerson> people, CancellationToken ct)
    {
        // Record everyone first, so each card offers the whole roster under "not with" and the
        // team is listed once, not once per invitation.
        var invited = new List<RosterPerson>();
        foreach (var person in people)
        {
            if (await members.EnsureInvitedAsync(team.TenantId, team.TeamId, team.TeamName, person.Key, person.TeamsUserId, person.Name, person.UserPrincipalName, ct))
            {
                invited.Add(person);
            }
        }

        if (invited.Count == 0)
        {
            return 0;
        }

        var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
        var byKey = everyone.ToDictionary(m => m.MemberKey, StringComparer.Ordinal);
        var languageOf = await languages.OfManyAsync(team, [.. invited.Select(p => p.Key)], ct);
        var messages = invited.Where(p => byKey.ContainsKey(p.Key)).Select(person =>
        {
            var since = byKey[person.Key].StatusChangedAt;
            var card = JoinCard.Render(languageOf(person.Key), new JoinCardModel(team.TeamId, team.TeamName, Colleagues(everyone, person.Key), JoinCardModel.AnswersOf(null), []));
            return new OutboundMessage(team.TenantId, team.TeamId, person.Key, Occurrence(since), MessageKinds.Invitation, card, null) { Week = IsoWeek.Of(since, ZoneChoice.Default).ToString() };
        }).ToList();
        await outbox.EnqueueAsync(messages, ct);
        return invited.Count;
    }

    /// <summary>"invitation/638741232000000000": the UTC ticks of the moment the person was invited.</summary>
    public static string Occurrence(DateTimeOffset invitedAt) =>
        "invitation/" + invitedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<(string Key, string Name)>> ColleaguesAsync(TeamInstallation team, string selfKey, CancellationToken ct)
    {
        return Colleagues(await members.ListTeamAsync(team.TenantId, team.TeamId, ct), selfKey);
    }

    /// <summary>The people a member may name under "not with": everyone else on the team who was not removed, by name.</summary>
    public static List<(string Key, string Name)> Colleagues(IReadOnlyList<TeamMember> all, string selfKey)
    {
        return all.Where(m => m.MemberKey != selfKey && m.Status != MembershipStatus.Removed)
            .Select(m => (m.MemberKey, string.IsNullOrWhiteSpace(m.Name) ? "?" : m.Name!))
            .OrderBy(c => c.Item2, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
