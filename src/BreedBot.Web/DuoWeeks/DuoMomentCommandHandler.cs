using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.DuoWeeks;
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
            if (await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is not { } rotation
                || rotation.Duos.FirstOrDefault(d => d.Members.Contains(me.MemberKey)) is not { } mine
                || await directory.FindInTeamAsync(team.TenantId, team.TeamId, DuoKey.Of(rotation.Rotation, mine.Members), ct) is not (_, { } duo))
            {
                continue;
            }

            var today = LocalMoments.DateIn(time.GetUtcNow(), duo.Schedule.ZoneOf(me.MemberKey));
            var week = IsoWeek.Of(today);
            var state = await weeks.GetAsync(team.TenantId, team.TeamId, week, duo.Schedule.Key, ct) ?? new DuoWeek(week, duo.Schedule.Key);
            var model = DuoReminderCards.Model(duo, me.MemberKey, state) with { Asked = true, Today = today };
            await messenger.ReplyCardAsync(activity, DuoReminderCard.Render(language, model), ct);
            shown++;
        }

        if (shown == 0)
        {
            await messenger.ReplyCardAsync(activity, NoticeCard.Render(language, DuoWeekTexts.For(language).MomentTitle, DuoWeekTexts.For(language).NoDuoForMoment), ct);
        }
    }
}
