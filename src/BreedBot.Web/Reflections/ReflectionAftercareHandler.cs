using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Courage;
using BreedBot.Domain.Reflections;
using BreedBot.Storage;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// After the steps: "Veilig Thuis gebeld / melding gedaan" and the follow-up answer (the author's, from their own
/// partition; "ja, gedaan" is thanked with the offer to share the moment anonymously), and the partner's response
/// (read from the author's partition named on the card, and refused unless the reflection was shared with the sender).
/// </summary>
internal sealed class ReflectionAftercareHandler(
    ReflectionStore store, ReflectionWriter writer, ReflectionSharing sharing, ReflectionCompletion completion, ReflectionTeamFacts facts, ReflectionClock clock, ILogger<ReflectionAftercareHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(ReflectionVerbs.VeiligThuis), CardVerb.Personal(ReflectionVerbs.Respond), CardVerb.Personal(ReflectionVerbs.FollowUp)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (ReflectionRequest.From(activity, data) is not { ReflectionId: { } id } request)
        {
            return ReflectionReplies.NotFound(language);
        }

        // The partner names the author; everyone else reads only their own partition.
        var asPartner = verb == ReflectionVerbs.Respond;
        var author = asPartner ? request.Values.GetValueOrDefault("authorKey") : request.UserKey;
        if (string.IsNullOrEmpty(author) || await store.GetAsync(request.TenantId, author, id, ct) is not { } read
            || !ReflectionAftercare.Allows(read.Reflection, request.UserKey, asPartner, clock.Now))
        {
            Log.ReflectionRefused(logger, asPartner ? "not-shared" : "not-found");
            return ReflectionReplies.NotFound(language);
        }

        return verb switch
        {
            ReflectionVerbs.VeiligThuis => await MarkAsync(read, language, ct),
            ReflectionVerbs.Respond => await RespondAsync(activity, request, read, language, ct),
            _ => await FollowUpAsync(request, read, language, ct),
        };
    }

    private async Task<TurnResult> MarkAsync(StoredReflection read, UserLanguage language, CancellationToken ct)
    {
        var marked = ReflectionAftercare.MarkVeiligThuisContacted(read.Reflection, clock.Now);
        for (var attempt = 1; marked != read.Reflection && !await writer.TrySaveAsync(read, marked, ct); attempt++)
        {
            if (attempt == 3 || await store.GetAsync(read.Reflection.TenantId, read.Reflection.AuthorKey, read.Reflection.Id, ct) is not { } again)
            {
                throw new StorageConflictException(StorageTables.ReflectionsName, attempt);
            }

            read = again;
            marked = ReflectionAftercare.MarkVeiligThuisContacted(read.Reflection, clock.Now);
        }

        if (marked.IsCompleted)
        {
            return ReflectionReplies.Card(await completion.SummaryAsync(marked, language, ct));
        }

        var t = ReflectionTexts.For(language);
        return ReflectionReplies.Notice(language, t.ContactedTitle, t.ContactedLine);
    }

    private async Task<TurnResult> RespondAsync(Activity activity, ReflectionRequest request, StoredReflection read, UserLanguage language, CancellationToken ct)
    {
        var text = request.Values.GetValueOrDefault("response");
        var outcome = ReflectionAftercare.Respond(read.Reflection, request.UserKey, text, clock.Context());
        Log.ReflectionResponse(logger, outcome.Kind);
        if (!outcome.IsApplied)
        {
            return ReflectionReplies.Card(ReflectionSharedCard.Render(language, read.Reflection, null, text, outcome.Problems));
        }

        if (!await writer.TrySaveAsync(read, outcome.Reflection, ct))
        {
            return ReflectionReplies.Card(ReflectionSharedCard.Render(language, read.Reflection, null, text));
        }

        await sharing.TellAuthorAsync(outcome.Reflection, activity.From?.Name, language, ct);
        return ReflectionReplies.Card(ReflectionSharedCard.Render(language, outcome.Reflection, null));
    }

    private async Task<TurnResult> FollowUpAsync(ReflectionRequest request, StoredReflection read, UserLanguage language, CancellationToken ct)
    {
        var t = ReflectionTexts.For(language);
        var outcome = ReflectionAftercare.AnswerFollowUp(read.Reflection, request.Number("round"), request.Values, clock.Context());
        if (outcome.Kind == ReflectionOutcomeKind.Invalid)
        {
            return ReflectionReplies.Card(ReflectionFollowUpCard.Render(language, read.Reflection, clock.Today, request.Values, outcome.Problems));
        }

        if (!outcome.IsApplied || !await writer.TrySaveAsync(read, outcome.Reflection, ct))
        {
            return ReflectionReplies.Notice(language, t.AlreadyAnsweredTitle, t.AlreadyAnswered);
        }

        await facts.FollowUpAnsweredAsync(outcome.Reflection, ct);
        var answer = outcome.Reflection.FollowUps[^1];
        Log.ReflectionFollowUpAnswered(logger, answer.Outcome);
        // Only the answer that stored this follow-up carries the offer: a second press is "already answered", so it is
        // offered once per follow-up, and nothing follows when it is left alone.
        var offer = answer.Outcome == StepOutcome.Ja ? new NoticeOffer(t.ShareMomentButton, CourageStoryOpening.Verb) : null;
        return ReflectionReplies.Card(NoticeCard.Render(language, t.FollowUpAnsweredTitle(answer.Outcome), FollowUpLines(outcome.Reflection, answer, t), offer));
    }

    private static string[] FollowUpLines(Reflection reflection, FollowUpAnswer answer, ReflectionTexts t)
    {
        var lines = new List<string>();
        if (answer.Outcome == StepOutcome.Ja)
        {
            lines.Add(t.ThanksForTelling);
        }

        if (answer.Outcome == StepOutcome.NogNiet)
        {
            lines.Add(t.NotYetIsOkay);
        }

        if (answer.BringToDuo)
        {
            lines.Add(t.BringItToYourDuo);
        }

        lines.Add(reflection.NextStep is { } next ? t.AsksAgainOn(t.Date(next.By)) : t.ReflectWhenNeeded);
        if (answer.Outcome == StepOutcome.Ja)
        {
            lines.Add(t.ShareMomentOffer);
        }

        return [.. lines];
    }
}
