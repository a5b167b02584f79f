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
/// The profile card's buttons, each answered with the card in place. Like the join card's, they act only for a sender
/// who is in the card's team (<see cref="CardSenderMembership"/>).
/// </summary>
internal sealed class ProfileActionHandler(CardSenderMembership membership, MemberStore members, IMemberDepartures departures, TimeProvider time, ILogger<ProfileActionHandler> logger) : ICardVerbHandler
{
    // All personal: the card shows one person's answers and changes whether they take part.
    public IReadOnlyCollection<CardVerb> Verbs { get; } =
    [
        .. new[]
        {
            MembersVerbs.ProfileShow, MembersVerbs.ProfileEdit, MembersVerbs.ProfileSave, MembersVerbs.ProfilePause,
            MembersVerbs.ProfileResume, MembersVerbs.ProfileStop, MembersVerbs.ProfileStopConfirmed,
        }.Select(CardVerb.Personal),
    ];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (await membership.ReadAsync(activity, data, ct) is not { } sender)
        {
            return CardSenderMembership.Refusal(language);
        }

        var (team, rows, member, _) = sender;
        var t = MembersTexts.For(language);
        var card = new ProfileCardModel(team.TeamId, team.TeamName, member, RosterInvitations.Colleagues(rows.Members, member.MemberKey), Today)
        {
            PoolOptIn = sender.PoolOptIn,
        };
        var joined = member.Status == MembershipStatus.Joined;
        var answer = verb switch
        {
            MembersVerbs.ProfileEdit => card with { Mode = ProfileCardMode.Edit },
            MembersVerbs.ProfileSave => await SaveAsync(card, rows, data, t, ct),
            MembersVerbs.ProfilePause when joined => await PauseAsync(card, rows, data, t, language, ct),
            MembersVerbs.ProfileResume when joined => await ChangeAsync(card, rows, (m, _) => m.EndPause(), t.PauseEnded, ct),
            MembersVerbs.ProfileStop when joined => card with { Mode = ProfileCardMode.ConfirmStop },
            MembersVerbs.ProfileStopConfirmed when joined => await StopAsync(card, rows, team, t, ct),
            _ => card,
        };
        return TurnResult.Card(ProfileCard.Render(language, answer));
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task<ProfileCardModel> SaveAsync(ProfileCardModel card, MemberRows rows, JsonElement data, MembersTexts t, CancellationToken ct)
    {
        var answers = new ProfileAnswers(CardData.Text(data, "role"), CardData.Text(data, "cluster"), CardData.Text(data, "day"), CardData.Text(data, "time"), CardData.Text(data, "years"), CardData.Text(data, "notWith"));
        var validation = ProfileValidator.Validate(answers, card.Member.MemberKey, card.Colleagues.Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
        if (!validation.IsValid)
        {
            Log.JoinRefused(logger, validation.Problems.Count);
            // A refused form keeps the toggle as it was sent, like the other answers.
            return card with { Mode = ProfileCardMode.Edit, Answers = answers, Problems = validation.Problems, PoolOptIn = card.PoolOptIn is null ? null : PoolOptInAnswer.Of(data) ?? card.PoolOptIn };
        }

        var wasJoined = card.Member.Status == MembershipStatus.Joined;
        var pool = PoolOptInAnswer.Of(data);
        var saved = wasJoined ? t.Saved : t.JoinedWhatNext;
        var notice = PoolOptInAnswer.Confirmation(t, card.Member.PoolOptIn, pool) is { } poolLine ? $"{saved} {poolLine}" : saved;
        var result = await ChangeAsync(card, rows, (m, now) => PoolOptInAnswer.Apply(m.Join(validation.Profile!, now), pool), notice, ct);
        Log.MemberJoined(logger);
        return result;
    }

    private async Task<ProfileCardModel> PauseAsync(ProfileCardModel card, MemberRows rows, JsonElement data, MembersTexts t, UserLanguage language, CancellationToken ct)
    {
        var today = card.Today;
        if (!PauseRequest.TryParseUntil(CardData.Text(data, "pauseUntil"), today, out var until))
        {
            return card with { Notice = t.PauseDateError };
        }

        return await ChangeAsync(card, rows, (m, _) => m.PauseUntil(today, until), t.Paused(until.ToString("d MMMM yyyy", DateTexts.Culture(language))), ct);
    }

    private async Task<ProfileCardModel> StopAsync(ProfileCardModel card, MemberRows rows, TeamInstallation team, MembersTexts t, CancellationToken ct)
    {
        var result = await ChangeAsync(card, rows, (m, now) => m.Stop(now), t.StoppedNotice, ct);
        await departures.OnLeftAsync(team, card.Member.MemberKey, ct);
        return result;
    }

    private async Task<ProfileCardModel> ChangeAsync(ProfileCardModel card, MemberRows rows, Func<TeamMember, DateTimeOffset, TeamMember> change, string notice, CancellationToken ct)
    {
        var updated = await members.UpdateAsync(rows, card.Member.MemberKey, change, ct) ?? card.Member;
        return card with { Member = updated, Notice = notice, PoolOptIn = card.PoolOptIn is null ? null : updated.PoolOptIn };
    }
}
