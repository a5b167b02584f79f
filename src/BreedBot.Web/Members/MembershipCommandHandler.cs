using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pool;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

/// <summary>"doe mee", "profiel", "pauze tot &lt;datum&gt;" and "stop" in personal chat, for every team the person is in.</summary>
internal sealed class MembershipCommandHandler(
    MemberStore members, PoolStore pool, SenderTeams senderTeams, RosterInvitations roster, IMemberDepartures departures, BotMessenger messenger, TimeProvider time) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Join, BotCommand.Profile, BotCommand.Pause, BotCommand.Stop];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var t = MembersTexts.For(language);
        var mine = await senderTeams.OfAsync(activity, ct);
        if (mine.Count == 0)
        {
            await messenger.ReplyTextAsync(activity, t.NotInAnyTeam, ct);
            return;
        }

        switch (command.Command)
        {
            case BotCommand.Join:
                foreach (var (team, member) in mine)
                {
                    var colleagues = roster.ColleaguesAsync(team, member.MemberKey, ct);
                    var pooled = pool.IsPooledAsync(team, ct).AsTask();
                    await Task.WhenAll(colleagues, pooled);
                    var model = new JoinCardModel(team.TeamId, team.TeamName, colleagues.Result, JoinCardModel.AnswersOf(member.Profile), [])
                    {
                        PoolOptIn = pooled.Result ? member.PoolOptIn : null,
                    };
                    await messenger.ReplyCardAsync(activity, JoinCard.Render(language, model), ct);
                }

                break;
            case BotCommand.Profile:
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                foreach (var (team, member) in mine)
                {
                    var colleagues = roster.ColleaguesAsync(team, member.MemberKey, ct);
                    var pooled = pool.IsPooledAsync(team, ct).AsTask();
                    await Task.WhenAll(colleagues, pooled);
                    var model = new ProfileCardModel(team.TeamId, team.TeamName, member, colleagues.Result, today)
                    {
                        PoolOptIn = pooled.Result ? member.PoolOptIn : null,
                    };
                    await messenger.ReplyCardAsync(activity, ProfileCard.Render(language, model), ct);
                }

                break;
            case BotCommand.Pause:
                await PauseAsync(activity, command.Argument, mine, language, ct);
                break;
            case BotCommand.Stop:
                foreach (var (team, member) in mine)
                {
                    await members.UpdateAsync(team.TenantId, team.TeamId, member.MemberKey, (m, now) => m.Stop(now), ct);
                    await departures.OnLeftAsync(team, member.MemberKey, ct);
                }

                await messenger.ReplyTextAsync(activity, t.Stopped, ct);
                break;
        }
    }

    private async Task PauseAsync(Activity activity, string argument, IReadOnlyList<(TeamInstallation Team, TeamMember Member)> mine, UserLanguage language, CancellationToken ct)
    {
        var t = MembersTexts.For(language);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!PauseRequest.TryParseUntil(argument, today, out var until))
        {
            await messenger.ReplyTextAsync(activity, t.PauseUntilWhen, ct);
            return;
        }

        foreach (var (team, member) in mine)
        {
            await members.UpdateAsync(team.TenantId, team.TeamId, member.MemberKey, (m, _) => m.PauseUntil(today, until), ct);
        }

        await messenger.ReplyTextAsync(activity, t.Paused(until.ToString("d MMMM yyyy", DateTexts.Culture(language))), ct);
    }
}
