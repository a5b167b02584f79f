using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Pairing;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// "duo-moment" (<c>duo talk</c>): the duo-moment card of this week for each team the sender has a duo in — the same
/// card both partners get at the moment, with the guide for the fifteen minutes, "we hebben gesproken", "verzet" and
/// "sla over" working as they do on the reminder. Without a duo, a kind line about how one comes.
/// </summary>
internal sealed class DuoMomentCommandHandler(SenderTeams senderTeams, DuoStore duos, DuoDirectory directory, DuoWeekStore weeks, BotMessenger messenger, TimeProvider time)
    : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.DuoMoment];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var shown = 0;
        foreach (var (team, me) in await senderTeams.OfAsync(activity, ct))
        {
            shown += await ShowAsync(activity, team.TenantId, team.TeamId, me.MemberKey, language, ct) ? 1 : 0;
        }

        // A duo of the organisation pool comes on top of the team duos.
        if (activity.GetTenantId() is { } tenantId && ActivityAddress.UserKey(activity.From) is { } self)
        {
            shown += await ShowAsync(activity, tenantId, OrganisationPool.ScopeId, self, language, ct) ? 1 : 0;
        }

        if (shown == 0)
        {
            await messenger.ReplyCardAsync(activity, NoticeCard.Render(language, DuoWeekTexts.For(language).MomentTitle, DuoWeekTexts.For(language).NoDuoForMoment), ct);
        }
    }

    /// <summary>This week's card of the member's duo in the team (or the pool), when they have one there.</summary>
    private async Task<bool> ShowAsync(Activity activity, string tenantId, string teamId, string memberKey, UserLanguage language, CancellationToken ct)
    {
        if (await duos.GetCurrentAsync(tenantId, teamId, ct) is not { } rotation
            || rotation.Duos.FirstOrDefault(d => d.Members.Contains(memberKey)) is not { } mine
            || await directory.FindInTeamAsync(tenantId, teamId, DuoKey.Of(rotation.Rotation, mine.Members), ct) is not (_, { } duo)
            // Someone who turned the pool off (or whose team left it) has no pool duo to show.
            || (OrganisationPool.IsPool(teamId) && duo.Schedule.Partners.GetValueOrDefault(memberKey) is not { Joined: true }))
        {
            return false;
        }

        var today = LocalMoments.DateIn(time.GetUtcNow(), duo.Schedule.ZoneOf(memberKey));
        var week = IsoWeek.Of(today);
        var state = await weeks.GetAsync(tenantId, teamId, week, duo.Schedule.Key, ct) ?? new DuoWeek(week, duo.Schedule.Key);
        var model = DuoReminderCards.Model(duo, memberKey, state) with { Asked = true, Today = today };
        await messenger.ReplyCardAsync(activity, DuoReminderCard.Render(language, model), ct);
        return true;
    }
}
