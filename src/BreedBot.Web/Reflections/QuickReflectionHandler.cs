using System.Security.Cryptography;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// "korte reflectie" (<c>quick reflection</c>): the three-question card; its "klaar" checks the answers as the steps
/// do and stores the reflection done at once (counted like a full one, its follow-up planned), answering with the
/// summary; "verdiepen" on that summary opens it at step 1 of the eight, every answer kept. Nothing is stored before
/// "klaar"; the id on the card makes a repeated press store one reflection.
/// </summary>
internal sealed class QuickReflectionHandler(
    ReflectionStore store, ReflectionWriter writer, ReflectionTeamFacts facts, ReflectionCompletion completion, ReflectionClock clock, BotMessenger messenger, ILogger<QuickReflectionHandler> logger)
    : ICommandHandler, ICardVerbHandler
{
    private const int IdLength = 32;

    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.QuickReflection];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(ReflectionVerbs.Quick), CardVerb.Personal(ReflectionVerbs.Deepen)];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) =>
        messenger.ReplyCardAsync(activity, ReflectionQuickCard.Render(UserLanguages.FromLocale(activity.Locale), NewId(), clock.Today), ct);

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (ReflectionRequest.From(activity, data) is not { ReflectionId: { Length: IdLength } id } request || !id.All(char.IsAsciiHexDigitLower))
        {
            return ReflectionReplies.NotFound(language);
        }

        return verb == ReflectionVerbs.Quick
            ? await DoneAsync(activity, request, id, language, ct)
            : await DeepenAsync(activity, request, id, language, ct);
    }

    private async Task<TurnResult> DoneAsync(Activity activity, ReflectionRequest request, string id, UserLanguage language, CancellationToken ct)
    {
        var values = ReflectionShortcuts.QuickFields.ToDictionary(f => f, request.Values.GetValueOrDefault, StringComparer.Ordinal);
        var outcome = ReflectionShortcuts.Quick(request.TenantId, request.UserKey, id, values, clock.Context());
        Log.ReflectionShortcut(logger, ReflectionKind.Quick, outcome.Kind);
        if (!outcome.IsApplied)
        {
            return ReflectionReplies.Card(ReflectionQuickCard.Render(language, id, clock.Today, values, outcome.Problems));
        }

        var quick = outcome.Reflection with { Locale = activity.Locale };
        if (!await writer.TryAddDoneAsync(quick, ct))
        {
            // The same card pressed again: the reflection it made, not a second one.
            return await store.GetAsync(request.TenantId, request.UserKey, id, ct) is { } stored
                ? ReflectionReplies.Card(await completion.SummaryAsync(stored.Reflection, language, ct))
                : ReflectionReplies.NotFound(language);
        }

        await facts.CompletedAsync(quick, ct);
        return ReflectionReplies.Card(await completion.SummaryAsync(quick, language, ct));
    }

    private async Task<TurnResult> DeepenAsync(Activity activity, ReflectionRequest request, string id, UserLanguage language, CancellationToken ct)
    {
        if (await store.GetAsync(request.TenantId, request.UserKey, id, ct) is not { } read)
        {
            return ReflectionReplies.NotFound(language);
        }

        var outcome = ReflectionShortcuts.Deepen(read.Reflection, clock.Now);
        Log.ReflectionShortcut(logger, ReflectionKind.Quick, outcome.Kind);
        if (!outcome.IsApplied || !await writer.TrySaveAsync(read, outcome.Reflection, ct))
        {
            var t = ReflectionTexts.For(language);
            return ReflectionReplies.Notice(language, t.QuickTitle, t.DeepenedAlready);
        }

        return ReflectionReplies.Card(ReflectionStepCard.Render(language, new ReflectionStepCardModel(outcome.Reflection, clock.Today)));
    }

    private static string NewId() => RandomNumberGenerator.GetHexString(IdLength, lowercase: true);
}
