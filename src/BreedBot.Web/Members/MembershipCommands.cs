using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;
using BreedBot.Web.Handlers;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Pairing;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

/// <summary>"doe mee", "profiel", "pauze tot &lt;datum&gt;" and "stop" in personal chat, for every team the person is in.</summary>
internal sealed class MembershipCommands(
    MemberStore members, SenderTeams senderTeams, RosterInvitations roster, DuoDeparture departures, BotMessenger messenger, TimeProvider time) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Join, BotCommand.Profile, BotCommand.Pause, BotCommand.Stop];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var en = language == UserLanguage.English;
        var mine = await senderTeams.OfAsync(activity, ct);
        if (mine.Count == 0)
        {
            await messenger.ReplyTextAsync(activity, en
                ? "I don't know you from a team yet. Once BreedBot is added to your team, you'll get an invitation here."
                : "Ik ken je nog niet uit een team. Zodra BreedBot aan je team is toegevoegd, krijg je hier een uitnodiging.", ct);
            return;
        }

        switch (command.Command)
        {
            case BotCommand.Join or BotCommand.Profile:
                foreach (var (team, member) in mine)
                {
                    var colleagues = await roster.ColleaguesAsync(team, member.MemberKey, ct);
                    await messenger.ReplyCardAsync(activity, JoinCard.Render(language, new JoinCardModel(team.TeamId, team.TeamName, colleagues, JoinCardModel.AnswersOf(member.Profile), [])), ct);
                }

                break;
            case BotCommand.Pause:
                await PauseAsync(activity, command.Argument, mine, en, ct);
                break;
            case BotCommand.Stop:
                foreach (var (team, member) in mine)
                {
                    await members.UpdateAsync(team.TenantId, team.TeamId, member.MemberKey, (m, now) => m.Stop(now), ct);
                    await departures.OnLeftAsync(team, member.MemberKey, ct);
                }

                await messenger.ReplyTextAsync(activity, en
                    ? "Done: you no longer take part in duos or get reminders. Your answers stay until you delete them. Send 'join' to come back."
                    : "Gedaan: je doet niet meer mee met duo's en krijgt geen herinneringen. Je antwoorden blijven bewaard tot je ze verwijdert. Stuur 'doe mee' om terug te komen.", ct);
                break;
        }
    }

    private async Task PauseAsync(Activity activity, string argument, IReadOnlyList<(TeamInstallation Team, TeamMember Member)> mine, bool en, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!PauseRequest.TryParseUntil(argument, today, out var until))
        {
            await messenger.ReplyTextAsync(activity, en
                ? "Until when? For example: 'pause until 15-03-2027'. A pause ends after today and lasts at most a year."
                : "Tot wanneer? Bijvoorbeeld: 'pauze tot 15-03-2027'. Een pauze eindigt na vandaag en duurt hoogstens een jaar.", ct);
            return;
        }

        foreach (var (team, member) in mine)
        {
            await members.UpdateAsync(team.TenantId, team.TeamId, member.MemberKey, (m, _) => m.PauseUntil(today, until), ct);
        }

        var date = until.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL"));
        await messenger.ReplyTextAsync(activity, en
            ? $"Enjoy the break. You're paused up to and including {date}; after that you take part again by yourself."
            : $"Goede pauze. Je staat op pauze tot en met {date}; daarna doe je vanzelf weer mee.", ct);
    }
}
