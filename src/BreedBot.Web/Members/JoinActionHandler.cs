using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Storage.Members;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

/// <summary>
/// The join card's buttons, only for a sender who is in the card's team (<see cref="CardSenderMembership"/>). Four
/// storage requests, two in sequence: the team row, the team's member rows (the sender's own, and the colleagues the
/// card offers under "not with") and the team's pool row side by side, then the sender's row written back under the
/// ETag just read.
/// </summary>
internal sealed class JoinActionHandler(CardSenderMembership membership, MemberStore members, TimeProvider time, ILogger<JoinActionHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MembersVerbs.Submit), CardVerb.Personal(MembersVerbs.Decline)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (await membership.ReadAsync(activity, data, ct) is not { } sender)
        {
            return CardSenderMembership.Refusal(language);
        }

        return verb == MembersVerbs.Decline
            ? await DeclineAsync(sender, language, ct)
            : await SubmitAsync(sender, data, language, ct);
    }

    private async Task<TurnResult> SubmitAsync(SenderInTeam sender, JsonElement data, UserLanguage language, CancellationToken ct)
    {
        var (team, rows, member, _) = sender;
        var answers = new ProfileAnswers(CardData.Text(data, "role"), CardData.Text(data, "cluster"), CardData.Text(data, "day"), CardData.Text(data, "time"), CardData.Text(data, "years"), CardData.Text(data, "notWith"));
        var colleagues = RosterInvitations.Colleagues(rows.Members, member.MemberKey);
        var pool = PoolOptInAnswer.Of(data);
        var validation = ProfileValidator.Validate(answers, member.MemberKey, colleagues.Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
        if (!validation.IsValid)
        {
            Log.JoinRefused(logger, validation.Problems.Count);
            var again = JoinCard.Render(language, new JoinCardModel(team.TeamId, team.TeamName, colleagues, answers, validation.Problems)
            {
                PoolOptIn = sender.Pooled ? pool ?? member.PoolOptIn : null,
            });
            return TurnResult.Card(again);
        }

        await members.UpdateAsync(rows, member.MemberKey, (m, now) => PoolOptInAnswer.Apply(m.Join(validation.Profile!, now), pool), ct);
        Log.MemberJoined(logger);
        var t = MembersTexts.For(language);
        var poolLine = PoolOptInAnswer.Confirmation(t, member.PoolOptIn, pool);
        return TurnResult.Card(poolLine is null
            ? NoticeCard.Render(language, t.JoinedTitle(t.Team(team.TeamName)), t.JoinedWhatNext, t.JoinedHowToChange)
            : NoticeCard.Render(language, t.JoinedTitle(t.Team(team.TeamName)), t.JoinedWhatNext, poolLine, t.JoinedHowToChange));
    }

    private async Task<TurnResult> DeclineAsync(SenderInTeam sender, UserLanguage language, CancellationToken ct)
    {
        var (team, rows, member, _) = sender;
        var userKey = member.MemberKey;
        if (member.Status == MembershipStatus.Joined)
        {
            // An old invitation: "Niet nu" once took a member out of the duos without mending them. Leaving is "Stop".
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var still = MembersTexts.For(language).StillTakingPart(MembersTexts.For(language).Team(team.TeamName));
            return TurnResult.Card(ProfileCard.Render(language, new ProfileCardModel(team.TeamId, team.TeamName, member, RosterInvitations.Colleagues(rows.Members, userKey), today)
            {
                Notice = still,
                PoolOptIn = sender.PoolOptIn,
            }));
        }

        await members.UpdateAsync(rows, userKey, (m, now) => m.Decline(now), ct);
        var t = MembersTexts.For(language);
        return TurnResult.Card(NoticeCard.Render(language, t.DeclinedTitle, t.Declined(t.Team(team.TeamName))));
    }
}
