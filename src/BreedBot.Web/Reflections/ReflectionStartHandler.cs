using System.Security.Cryptography;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// "reflectie": without open reflections a new one starts at once; with open ones, the person
/// chooses which to continue by its label, or starts another. Expired ones are deleted on the way.
/// </summary>
internal sealed class ReflectionStartHandler(ReflectionStore store, ReflectionClock clock, BotMessenger messenger, ILogger<ReflectionStartHandler> logger) : ICommandHandler, ICardVerbHandler
{
    /// <summary>Enough for real work; a bound so that a loop of clicks cannot fill a partition.</summary>
    public const int MaxOpen = 10;

    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Reflection];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(ReflectionVerbs.New), CardVerb.Personal(ReflectionVerbs.StartFromReminder)];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (activity.GetTenantId() is not { } tenantId || ActivityAddress.UserKey(activity.From) is not { } userKey)
        {
            return;
        }

        var open = await OpenAsync(tenantId, userKey, ct);
        var card = open.Count == 0
            ? await StartAsync(tenantId, userKey, 0, activity.Locale, language, ct)
            : ReflectionListCard.Render(language, open, clock.Zone);
        await messenger.ReplyCardAsync(activity, card, ct);
    }

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (activity.GetTenantId() is not { } tenantId || ActivityAddress.UserKey(activity.From) is not { } userKey)
        {
            return ReflectionReplies.NotFound(language);
        }

        var open = await OpenAsync(tenantId, userKey, ct);
        if (verb == ReflectionVerbs.StartFromReminder)
        {
            return await FromReminderAsync(activity, tenantId, userKey, open, language, ct);
        }

        if (open.Count >= MaxOpen)
        {
            var t = ReflectionTexts.For(language);
            return ReflectionReplies.Notice(language, t.ManyOpenTitle, t.ManyOpen(open.Count));
        }

        return ReflectionReplies.Card(await StartAsync(tenantId, userKey, open.Count, activity.Locale, language, ct));
    }

    /// <summary>
    /// From the duo reminder: the reflection (or the list of open ones) comes as a new message in the
    /// same chat, and the invoke answer is a short message, so the reminder card keeps its buttons.
    /// </summary>
    private async Task<TurnResult> FromReminderAsync(Activity activity, string tenantId, string userKey, IReadOnlyList<Reflection> open, UserLanguage language, CancellationToken ct)
    {
        var card = open.Count == 0
            ? await StartAsync(tenantId, userKey, 0, activity.Locale, language, ct)
            : ReflectionListCard.Render(language, open, clock.Zone);
        await messenger.ReplyCardAsync(activity, card, ct);
        return TurnResult.Message(ReflectionTexts.For(language).InANewMessage);
    }

    private async Task<RenderedCard> StartAsync(string tenantId, string userKey, int openBefore, string? locale, UserLanguage language, CancellationToken ct)
    {
        var reflection = ReflectionFlow.Start(tenantId, userKey, RandomNumberGenerator.GetHexString(16, lowercase: true), clock.Now) with { Locale = locale };
        await store.TryAddAsync(reflection, ct);
        Log.ReflectionStarted(logger, openBefore);
        return ReflectionStepCard.Render(language, new ReflectionStepCardModel(reflection, clock.Today));
    }

    private async Task<IReadOnlyList<Reflection>> OpenAsync(string tenantId, string userKey, CancellationToken ct)
    {
        var open = new List<Reflection>();
        var expired = 0;
        foreach (var stored in await store.ListAsync(tenantId, userKey, ct))
        {
            if (stored.Reflection.IsExpired(clock.Now))
            {
                await store.DeleteAsync(tenantId, userKey, stored.Reflection.Id, ct);
                expired++;
            }
            else if (!stored.Reflection.IsCompleted)
            {
                open.Add(stored.Reflection);
            }
        }

        if (expired > 0)
        {
            Log.ReflectionsExpired(logger, expired);
        }

        return open;
    }
}
