using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

/// <summary>
/// The join card's buttons. The team id in the card data is not trusted: the acting user must be
/// a member of that team in their own tenant, or nothing happens. Three storage requests, two in sequence: the team
/// row and the team's member rows side by side (the sender's own, and the colleagues the card offers under "not
/// with"), then the sender's row written back under the ETag just read.
/// </summary>
internal sealed class JoinActionHandler(MemberStore members, TeamStore teams, ILogger<JoinActionHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MembersVerbs.Submit), CardVerb.Personal(MembersVerbs.Decline)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        var teamId = CardData.Text(data, "teamId");
        if (tenantId is null || userKey is null || teamId is null)
        {
            Log.UnknownVerb(logger, "foreign-team");
            return Error(language);
        }

        var teamRead = teams.GetAsync(tenantId, teamId, ct);
        var rowsRead = members.ReadTeamAsync(tenantId, teamId, ct);
        await Task.WhenAll(teamRead, rowsRead);
        if (teamRead.Result is not { Status: InstallationStatus.Installed } team
            || rowsRead.Result.Find(userKey) is not { Status: not MembershipStatus.Removed })
        {
            Log.UnknownVerb(logger, "foreign-team");
            return Error(language);
        }

        return verb == MembersVerbs.Decline
            ? await DeclineAsync(team, rowsRead.Result, userKey, language, ct)
            : await SubmitAsync(team, rowsRead.Result, userKey, data, language, ct);
    }

    private async Task<TurnResult> SubmitAsync(TeamInstallation team, MemberRows rows, string userKey, JsonElement data, UserLanguage language, CancellationToken ct)
    {
        var answers = new ProfileAnswers(CardData.Text(data, "role"), CardData.Text(data, "cluster"), CardData.Text(data, "day"), CardData.Text(data, "time"), CardData.Text(data, "years"), CardData.Text(data, "notWith"));
        var colleagues = RosterInvitations.Colleagues(rows.Members, userKey);
        bool? pool = CardData.Text(data, "pool") switch { "true" => true, "false" => false, _ => null };
        var validation = ProfileValidator.Validate(answers, userKey, colleagues.Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
        if (!validation.IsValid)
        {
            Log.JoinRefused(logger, validation.Problems.Count);
            var again = JoinCard.Render(language, new JoinCardModel(team.TeamId, team.TeamName, colleagues, answers, validation.Problems) { PoolOptIn = pool });
            return TurnResult.Card(again);
        }

        // The card asks only in a pooled team; a card without the toggle leaves the choice as it was. Stored even if the
        // team left the pool since: it counts only while the team is in it.
        var before = rows.Find(userKey)?.PoolOptIn;
        await members.UpdateAsync(rows, userKey, (member, now) => member.Join(validation.Profile!, now) with { PoolOptIn = pool ?? member.PoolOptIn }, ct);
        Log.MemberJoined(logger);
        var t = MembersTexts.For(language);
        var poolLine = pool is { } chosen && chosen != before ? (chosen ? t.PoolOptedIn : t.PoolOptedOut) : null;
        return TurnResult.Card(poolLine is null
            ? NoticeCard.Render(language, t.JoinedTitle(t.Team(team.TeamName)), t.JoinedWhatNext, t.JoinedHowToChange)
            : NoticeCard.Render(language, t.JoinedTitle(t.Team(team.TeamName)), t.JoinedWhatNext, poolLine, t.JoinedHowToChange));
    }

    private async Task<TurnResult> DeclineAsync(TeamInstallation team, MemberRows rows, string userKey, UserLanguage language, CancellationToken ct)
    {
        await members.UpdateAsync(rows, userKey, (member, now) => member.Decline(now), ct);
        var t = MembersTexts.For(language);
        return TurnResult.Card(NoticeCard.Render(language, t.DeclinedTitle, t.Declined(t.Team(team.TeamName))));
    }

    private static TurnResult Error(UserLanguage language) => TurnResult.Error(
        StatusCodes.Status403Forbidden, "NotAMember", TurnTexts.For(language).UnknownAction);
}
