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
internal sealed class CourageStoryHandler(SenderTeams senderTeams, CourageStoryStore stories, CourageStoryCards cards, TimeProvider time, BotMessenger messenger, ILogger<CourageStoryHandler> logger)
    : ICommandHandler, ICardVerbHandler
{
    private const int MaxStoryIdLength = 64;

    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.CourageStory];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(CourageStoryVerbs.Preview), CardVerb.Personal(CourageStoryVerbs.Withdraw), CardVerb.Personal(CourageStoryVerbs.Confirm), CardVerb.Personal(CourageStoryVerbs.Edit), CardVerb.Personal(CourageStoryVerbs.Open)];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var (form, pending) = await FormAsync(activity, language, null, null, null, ct);
        // The card lists the waiting stories in full: where it is, is kept, so it can be taken back when they go.
        await cards.RecordAsync(activity, await messenger.ReplyCardAsync(activity, form, ct), pending, ct);
    }

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (activity.GetTenantId() is not { } tenantId || ActivityAddress.UserKey(activity.From) is not { } userKey)
        {
            return await ShowFormAsync(activity, language, null, null, null, ct);
        }

        if (verb == CourageStoryVerbs.Open)
        {
            // Empty, whatever the data says: the teller writes the story in their own words.
            return await ShowFormAsync(activity, language, null, null, null, ct);
        }

        var typed = CardData.Text(data, "story");
        if (verb == CourageStoryVerbs.Withdraw)
        {
            var teamId = CardData.Text(data, "team");
            var storyId = CardData.Text(data, "story");
            var withdrawn = teamId is { Length: > 0 } && storyId is { Length: > 0 and <= MaxStoryIdLength }
                && await stories.WithdrawAsync(tenantId, teamId, storyId, userKey, ct);
            Log.CourageStoryWithdrawn(logger, withdrawn);
            if (withdrawn)
            {
                // Other cards that still show it go too; this one becomes the answer below.
                await cards.RetractAsync(tenantId, teamId!, storyId!, except: activity.ReplyToId, ct);
            }

            return TurnResult.Card(CourageStoryTexts.Withdrawn(language, withdrawn));
        }

        var teamChoice = CardData.Text(data, "team") is { Length: > 0 } chosen ? chosen : CardData.Text(data, "onlyTeam");
        var team = (await senderTeams.OfAsync(activity, ct)).Select(t => t.Team).FirstOrDefault(t => t.TeamId == teamChoice);
        if (verb == CourageStoryVerbs.Edit)
        {
            return await ShowFormAsync(activity, language, typed, team?.TeamId, null, ct);
        }

        if (team is null)
        {
            return await ShowFormAsync(activity, language, typed, null, CourageStoryTexts.ChooseTeam(language), ct);
        }

        var check = CourageStoryText.Check(typed);
        if (!check.IsAllowed)
        {
            Log.CourageStoryRefused(logger, check.Problem!.Value);
            return await ShowFormAsync(activity, language, typed, team.TeamId, CourageStoryTexts.Problem(check, language), ct);
        }

        if (verb == CourageStoryVerbs.Preview)
        {
            return TurnResult.Card(CouragePreviewCard.Render(language, team.TeamId, team.TeamName, check.Text));
        }

        return TurnResult.Card(await ConfirmAsync(activity, tenantId, userKey, team, check.Text, language, ct));
    }

    private async Task<RenderedCard> ConfirmAsync(Activity activity, string tenantId, string userKey, TeamInstallation team, string text, UserLanguage language, CancellationToken ct)
    {
        if ((await stories.ListByAuthorAsync(tenantId, team.TeamId, userKey, ct)).Count > 0)
        {
            return CourageStoryTexts.AlreadyWaiting(language);
        }

        var now = time.GetUtcNow();
        var id = now.UtcDateTime.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture) + "-" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        var story = new CourageStory(tenantId, team.TeamId, id, text, userKey, now);
        await stories.AddAsync(story, ct);
        Log.CourageStoryShared(logger);
        // The card that showed the preview now confirms it: it says "verwijderd" when the story goes before a summary.
        await cards.RecordAsync(activity, activity.ReplyToId, [story], ct);
        return CourageStoryTexts.Saved(language, team);
    }

    /// <summary>The form as the answer on the pressed card, which then lists the waiting stories: recorded like the command's.</summary>
    private async Task<TurnResult> ShowFormAsync(Activity activity, UserLanguage language, string? story, string? teamId, string? problem, CancellationToken ct)
    {
        var (form, pending) = await FormAsync(activity, language, story, teamId, problem, ct);
        await cards.RecordAsync(activity, activity.ReplyToId, pending, ct);
        return TurnResult.Card(form);
    }

    private async Task<(RenderedCard Form, IReadOnlyList<CourageStory> Pending)> FormAsync(Activity activity, UserLanguage language, string? story, string? teamId, string? problem, CancellationToken ct)
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

        return (CourageCard.Render(language, new CourageCardModel(writable, pending, teams.Count > 0, story, teamId, problem)), [.. pending.Select(p => p.Item1)]);
    }
}
