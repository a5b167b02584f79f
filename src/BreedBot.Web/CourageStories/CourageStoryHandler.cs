using System.Security.Cryptography;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.Teams;
using BreedBot.Storage.CourageStories;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.CourageStories;

/// <summary>
/// "deel een moedig moment": the person writes a short courage story for one of their teams, sees
/// the exact text the summary will show, and confirms; until the summary takes it they can withdraw
/// it from the same card. Someone in several teams chooses the team: a story is told to one team,
/// and sending it to every team would widen its audience beyond what they confirmed.
/// Every verb checks again that the team is the sender's and that the text passes the guard.
/// </summary>
internal sealed class CourageStoryHandler(SenderTeams senderTeams, CourageStoryStore stories, TimeProvider time, BotMessenger messenger, ILogger<CourageStoryHandler> logger)
    : ICommandHandler, ICardVerbHandler
{
    private const int MaxStoryIdLength = 64;

    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.CourageStory];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(CourageStoryVerbs.Preview), CardVerb.Personal(CourageStoryVerbs.Withdraw), CardVerb.Personal(CourageStoryVerbs.Confirm), CardVerb.Personal(CourageStoryVerbs.Edit), CardVerb.Personal(CourageStoryVerbs.Open)];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        await messenger.ReplyCardAsync(activity, await FormAsync(activity, language, null, null, null, ct), ct);
    }

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (activity.GetTenantId() is not { } tenantId || ActivityAddress.UserKey(activity.From) is not { } userKey)
        {
            return TurnResult.Card(await FormAsync(activity, language, null, null, null, ct));
        }

        if (verb == CourageStoryVerbs.Open)
        {
            // Empty, whatever the data says: the teller writes the story in their own words.
            return TurnResult.Card(await FormAsync(activity, language, null, null, null, ct));
        }

        var typed = CardData.Text(data, "story");
        if (verb == CourageStoryVerbs.Withdraw)
        {
            var withdrawn = CardData.Text(data, "team") is { Length: > 0 } teamId && CardData.Text(data, "story") is { Length: > 0 and <= MaxStoryIdLength } storyId
                && await stories.WithdrawAsync(tenantId, teamId, storyId, userKey, ct);
            Log.CourageStoryWithdrawn(logger, withdrawn);
            return TurnResult.Card(CourageStoryTexts.Withdrawn(language, withdrawn));
        }

        var teamChoice = CardData.Text(data, "team") is { Length: > 0 } chosen ? chosen : CardData.Text(data, "onlyTeam");
        var team = (await senderTeams.OfAsync(activity, ct)).Select(t => t.Team).FirstOrDefault(t => t.TeamId == teamChoice);
        if (verb == CourageStoryVerbs.Edit)
        {
            return TurnResult.Card(await FormAsync(activity, language, typed, team?.TeamId, null, ct));
        }

        if (team is null)
        {
            return TurnResult.Card(await FormAsync(activity, language, typed, null, CourageStoryTexts.ChooseTeam(language), ct));
        }

        var check = CourageStoryText.Check(typed);
        if (!check.IsAllowed)
        {
            Log.CourageStoryRefused(logger, check.Problem!.Value);
            return TurnResult.Card(await FormAsync(activity, language, typed, team.TeamId, CourageStoryTexts.Problem(check, language), ct));
        }

        if (verb == CourageStoryVerbs.Preview)
        {
            return TurnResult.Card(CouragePreviewCard.Render(language, team.TeamId, team.TeamName, check.Text));
        }

        return TurnResult.Card(await ConfirmAsync(tenantId, userKey, team, check.Text, language, ct));
    }

    private async Task<RenderedCard> ConfirmAsync(string tenantId, string userKey, TeamInstallation team, string text, UserLanguage language, CancellationToken ct)
    {
        if ((await stories.ListByAuthorAsync(tenantId, team.TeamId, userKey, ct)).Count > 0)
        {
            return CourageStoryTexts.AlreadyWaiting(language);
        }

        var now = time.GetUtcNow();
        var id = now.UtcDateTime.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) + "-" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        await stories.AddAsync(new CourageStory(tenantId, team.TeamId, id, text, userKey, now), ct);
        Log.CourageStoryShared(logger);
        return CourageStoryTexts.Saved(language, team);
    }

    private async Task<RenderedCard> FormAsync(Activity activity, UserLanguage language, string? story, string? teamId, string? problem, CancellationToken ct)
    {
        var teams = await senderTeams.OfAsync(activity, ct);
        var pending = new List<(CourageStory, string?)>();
        var writable = new List<(string, string?)>();
        if (activity.GetTenantId() is { } tenantId && ActivityAddress.UserKey(activity.From) is { } userKey)
        {
            foreach (var (team, _) in teams)
            {
                var waiting = await stories.ListByAuthorAsync(tenantId, team.TeamId, userKey, ct);
                pending.AddRange(waiting.Select(s => (s, team.TeamName)));
                if (waiting.Count == 0)
                {
                    writable.Add((team.TeamId, team.TeamName));
                }
            }
        }

        return CourageCard.Render(language, new CourageCardModel(writable, pending, teams.Count > 0, story, teamId, problem));
    }
}
