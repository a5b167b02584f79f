using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

/// <summary>
/// The join card's buttons, only for a sender who is in the card's team (<see cref="CardSenderMembership"/>). Three
/// storage requests, two in sequence: the team row and the team's member rows side by side (the sender's own, and the
/// colleagues the card offers under "not with"), then the sender's row written back under the ETag just read.
/// </summary>
internal sealed class JoinActionHandler(CardSenderMembership membership, MemberStore members, TimeProvider time, ILogger<JoinActionHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MembersVerbs.Submit), CardVerb.Personal(MembersVerbs.Decline)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (await membership.ReadAsync(activity, data, ct) is not var (team, rows, member))
        {
            return CardSenderMembership.Refusal(language);
        }

        return verb == MembersVerbs.Decline
            ? await DeclineAsync(team, rows, member.MemberKey, language, ct)
            : await SubmitAsync(team, rows, member.MemberKey, data, language, ct);
    }

    private async Task<TurnResult> SubmitAsync(TeamInstallation team, MemberRows rows, string userKey, JsonElement data, UserLanguage language, CancellationToken ct)
    {
        var answers = new ProfileAnswers(CardData.Text(data, "role"), CardData.Text(data, "cluster"), CardData.Text(data, "day"), CardData.Text(data, "time"), CardData.Text(data, "years"), CardData.Text(data, "notWith"));
        var colleagues = RosterInvitations.Colleagues(rows.Members, userKey);
        var validation = ProfileValidator.Validate(answers, userKey, colleagues.Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
        if (!validation.IsValid)
        {
            Log.JoinRefused(logger, validation.Problems.Count);
            var again = JoinCard.Render(language, new JoinCardModel(team.TeamId, team.TeamName, colleagues, answers, validation.Problems));
            return TurnResult.Card(again);
        }

        await members.UpdateAsync(rows, userKey, (member, now) => member.Join(validation.Profile!, now), ct);
        Log.MemberJoined(logger);
        var t = MembersTexts.For(language);
        return TurnResult.Card(NoticeCard.Render(language, t.JoinedTitle(t.Team(team.TeamName)), t.JoinedWhatNext, t.JoinedHowToChange));
    }

    private async Task<TurnResult> DeclineAsync(TeamInstallation team, MemberRows rows, string userKey, UserLanguage language, CancellationToken ct)
    {
        if (rows.Find(userKey) is { Status: MembershipStatus.Joined } member)
        {
            // An old invitation: "Niet nu" once took a member out of the duos without mending them. Leaving is "Stop".
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var still = MembersTexts.For(language).StillTakingPart(MembersTexts.For(language).Team(team.TeamName));
            return TurnResult.Card(ProfileCard.Render(language, new ProfileCardModel(team.TeamId, team.TeamName, member, RosterInvitations.Colleagues(rows.Members, userKey), today) { Notice = still }));
        }

        await members.UpdateAsync(rows, userKey, (member, now) => member.Decline(now), ct);
        var t = MembersTexts.For(language);
        return TurnResult.Card(NoticeCard.Render(language, t.DeclinedTitle, t.Declined(t.Team(team.TeamName))));
    }
}
