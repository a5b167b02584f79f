using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// The buttons of the step cards: next, back, later, resume. Each reads the reflection from the
/// sender's own partition (tenant + user key of the authenticated activity), so an id from
/// someone else's card finds nothing. Every answer is the card in place.
/// </summary>
internal sealed class ReflectionStepHandler(
    ReflectionStore store, ReflectionWriter writer, ReflectionPartners partners, ReflectionCompletion completion, SenderCluster clusters, ReflectionClock clock, ILogger<ReflectionStepHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(ReflectionVerbs.Next), CardVerb.Personal(ReflectionVerbs.Back), CardVerb.Personal(ReflectionVerbs.Later), CardVerb.Personal(ReflectionVerbs.Resume)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (ReflectionRequest.From(activity, data) is not { ReflectionId: { } id } request
            || await store.GetAsync(request.TenantId, request.UserKey, id, ct) is not { } read)
        {
            Log.ReflectionRefused(logger, "not-found");
            return ReflectionReplies.NotFound(language);
        }

        if (read.Reflection.IsExpired(clock.Now))
        {
            await store.DeleteAsync(request.TenantId, request.UserKey, id, ct);
            return ReflectionReplies.Expired(language);
        }

        return verb switch
        {
            ReflectionVerbs.Next => await NextAsync(activity, request, read, language, ct),
            ReflectionVerbs.Back => await BackAsync(activity, request, read, language, ct),
            ReflectionVerbs.Later => await LaterAsync(activity, request, read, language, ct),
            _ => await CurrentAsync(activity, read.Reflection, language, null, ct),
        };
    }

    private async Task<TurnResult> NextAsync(Activity activity, ReflectionRequest request, StoredReflection read, UserLanguage language, CancellationToken ct)
    {
        var current = read.Reflection;
        var duo = current.Step == ReflectionStep.Share ? await partners.CurrentAsync(request.TenantId, request.UserKey, ct) : [];
        var step = request.Number("step");
        var outcome = ReflectionFlow.Submit(current, step, request.Number("version"), request.Values, clock.Context([.. duo.Select(p => p.Member.MemberKey)]));
        Log.ReflectionStepAnswered(logger, step, outcome.Kind);
        switch (outcome.Kind)
        {
            case ReflectionOutcomeKind.Invalid:
                return ReflectionReplies.Card(ReflectionStepCard.Render(language, new ReflectionStepCardModel(current, clock.Today, request.Values, outcome.Problems, PartnerNames: Names(duo), Cluster: await ClusterAsync(activity, current, ct))));
            case ReflectionOutcomeKind.Applied when await writer.TrySaveAsync(read, outcome.Reflection, ct):
                return outcome.Reflection.IsCompleted
                    ? ReflectionReplies.Card(await completion.CompleteAsync(activity, outcome.Reflection, duo, language, ct))
                    : await CurrentAsync(activity, outcome.Reflection, language, null, ct);
            case ReflectionOutcomeKind.Applied:
                Log.ReflectionWriteConflict(logger, step);
                return await ReloadAsync(activity, request, current, language, ct);
            default:
                return await CurrentAsync(activity, current, language, ReflectionTexts.For(language).Refusal(outcome.Kind, current.Step), ct);
        }
    }

    private async Task<TurnResult> BackAsync(Activity activity, ReflectionRequest request, StoredReflection read, UserLanguage language, CancellationToken ct)
    {
        var outcome = ReflectionFlow.Back(read.Reflection, request.Number("step"), request.Number("version"), clock.Now);
        if (!outcome.IsApplied)
        {
            return await CurrentAsync(activity, read.Reflection, language, ReflectionTexts.For(language).Refusal(outcome.Kind, read.Reflection.Step), ct);
        }

        return await writer.TrySaveAsync(read, outcome.Reflection, ct)
            ? await CurrentAsync(activity, outcome.Reflection, language, null, ct)
            : await ReloadAsync(activity, request, read.Reflection, language, ct);
    }

    /// <summary>
    /// "later verder": what is on the card is kept (free text through the privacy guard). A text the guard refuses is not
    /// kept: the card comes back with it still in its input, the reason, and the word that the rest was kept.
    /// </summary>
    private async Task<TurnResult> LaterAsync(Activity activity, ReflectionRequest request, StoredReflection read, UserLanguage language, CancellationToken ct)
    {
        var t = ReflectionTexts.For(language);
        var outcome = ReflectionFlow.SaveForLater(read.Reflection, request.Number("step"), request.Number("version"), request.Values, clock.Context());
        if (!outcome.IsApplied)
        {
            return await CurrentAsync(activity, read.Reflection, language, t.Refusal(outcome.Kind, read.Reflection.Step), ct);
        }

        if (outcome.Reflection != read.Reflection && !await writer.TrySaveAsync(read, outcome.Reflection, ct))
        {
            Log.ReflectionWriteConflict(logger, (int)read.Reflection.Step);
            return await ReloadAsync(activity, request, read.Reflection, language, ct);
        }

        if (outcome.Problems.Count > 0)
        {
            var names = outcome.Reflection.Step == ReflectionStep.Share ? Names(await partners.CurrentAsync(request.TenantId, request.UserKey, ct)) : [];
            return ReflectionReplies.Card(ReflectionStepCard.Render(language, new ReflectionStepCardModel(outcome.Reflection, clock.Today, request.Values, outcome.Problems, t.SavedExceptRefused, names, await ClusterAsync(activity, outcome.Reflection, ct))));
        }

        var until = t.Date(ReflectionSchedule.LocalDate(read.Reflection.StartedAt + Reflection.OpenFor, clock.Zone));
        return ReflectionReplies.Notice(language, t.SavedForLaterTitle, t.SavedAnswersKept, t.SavedForLater(until));
    }

    private async Task<TurnResult> ReloadAsync(Activity activity, ReflectionRequest request, Reflection fallback, UserLanguage language, CancellationToken ct)
    {
        var now = await store.GetAsync(request.TenantId, request.UserKey, fallback.Id, ct);
        return await CurrentAsync(activity, now?.Reflection ?? fallback, language, ReflectionTexts.For(language).Refusal(ReflectionOutcomeKind.AlreadyDone, (now?.Reflection ?? fallback).Step), ct);
    }

    /// <summary>The card for where the reflection stands now: its current step, or its summary when done.</summary>
    private async Task<TurnResult> CurrentAsync(Activity activity, Reflection reflection, UserLanguage language, string? notice, CancellationToken ct)
    {
        if (reflection.IsCompleted)
        {
            return ReflectionReplies.Card(await completion.SummaryAsync(reflection, language, ct));
        }

        var names = reflection.Step == ReflectionStep.Share ? Names(await partners.CurrentAsync(reflection.TenantId, reflection.AuthorKey, ct)) : [];
        return ReflectionReplies.Card(ReflectionStepCard.Render(language, new ReflectionStepCardModel(reflection, clock.Today, Notice: notice, PartnerNames: names, Cluster: await ClusterAsync(activity, reflection, ct))));
    }

    /// <summary>The author's beroepscluster, looked up only for the card that shows the meldcode step's notes.</summary>
    private async Task<Beroepscluster?> ClusterAsync(Activity activity, Reflection reflection, CancellationToken ct) =>
        ReflectionMeldcodeGuide.Applies(reflection) ? await clusters.OfAsync(activity, ct) : null;

    private static IReadOnlyList<string> Names(IReadOnlyList<ReflectionPartner> duo) => [.. duo.Select(p => p.Member.Name ?? "?")];
}
