using BreedBot.Domain.Courage;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Reflections;
using BreedBot.Storage;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Handlers;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// After the steps: "Veilig Thuis gebeld / melding gedaan" and the follow-up answer (the author's,
/// from their own partition), and the partner's response (read from the author's partition named
/// on the card, and refused unless the reflection was shared with the sender).
/// </summary>
internal sealed class ReflectionAftercareHandler(
    ReflectionStore store, ReflectionWriter writer, ReflectionSharing sharing, ReflectionCompletion completion, ReflectionTeamFacts facts, ReflectionClock clock, ILogger<ReflectionAftercareHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [ReflectionSummaryCard.VeiligThuisVerb, ReflectionSharedCard.RespondVerb, ReflectionFollowUpCard.AnswerVerb];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (ReflectionRequest.From(activity, data) is not { ReflectionId: { } id } request)
        {
            return ReflectionReplies.NotFound(language);
        }

        // The partner names the author; everyone else reads only their own partition.
        var asPartner = verb == ReflectionSharedCard.RespondVerb;
        var author = asPartner ? request.Values.GetValueOrDefault("authorKey") : request.UserKey;
        if (string.IsNullOrEmpty(author) || await store.GetAsync(request.TenantId, author, id, ct) is not { } read
            || !ReflectionAftercare.Allows(read.Reflection, request.UserKey, asPartner, clock.Now))
        {
            Log.ReflectionRefused(logger, asPartner ? "not-shared" : "not-found");
            return ReflectionReplies.NotFound(language);
        }

        return verb switch
        {
            ReflectionSummaryCard.VeiligThuisVerb => await MarkAsync(read, language, ct),
            ReflectionSharedCard.RespondVerb => await RespondAsync(activity, request, read, language, ct),
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

        var en = language == UserLanguage.English;
        return ReflectionReplies.Notice(language,
            en ? "Noted: Veilig Thuis contacted" : "Genoteerd: Veilig Thuis gebeld",
            en ? "Good that you did. BreedBot will not remind you about it again." : "Goed dat je dat gedaan hebt. BreedBot herinnert je er niet meer aan.");
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
        var en = language == UserLanguage.English;
        var outcome = ReflectionAftercare.AnswerFollowUp(read.Reflection, request.Number("round"), request.Values, clock.Context());
        if (outcome.Kind == ReflectionOutcomeKind.Invalid)
        {
            return ReflectionReplies.Card(ReflectionFollowUpCard.Render(language, read.Reflection, clock.Today, request.Values, outcome.Problems));
        }

        if (!outcome.IsApplied || !await writer.TrySaveAsync(read, outcome.Reflection, ct))
        {
            return ReflectionReplies.Notice(language,
                en ? "Already answered" : "Al beantwoord",
                en ? "This follow-up was already answered; nothing was changed." : "Deze vraag was al beantwoord; er is niets veranderd.");
        }

        await facts.FollowUpAnsweredAsync(outcome.Reflection, ct);
        var answer = outcome.Reflection.FollowUps[^1];
        Log.ReflectionFollowUpAnswered(logger, answer.Outcome);
        return ReflectionReplies.Card(NoticeCard.Render(language, FollowUpTitle(answer.Outcome, en), FollowUpLines(outcome.Reflection, answer, en)));
    }

    private static string FollowUpTitle(StepOutcome outcome, bool en) => outcome switch
    {
        StepOutcome.Ja => en ? "You took the step. That took courage." : "Je hebt de stap gezet. Dat vroeg moed.",
        StepOutcome.Deels => en ? "Partly is a step too." : "Deels is ook een stap.",
        _ => en ? "Not yet — that's okay." : "Nog niet — dat is oké.",
    };

    private static string[] FollowUpLines(Reflection reflection, FollowUpAnswer answer, bool en)
    {
        var lines = new List<string>();
        if (answer.Outcome == StepOutcome.NogNiet)
        {
            lines.Add(en
                ? "Sometimes the moment isn't there yet, or the discomfort is bigger than expected. Maak het breed: you don't have to carry this alone."
                : "Soms is het moment er nog niet, of is het ongemak groter dan gedacht. Maak het breed: je hoeft dit niet alleen te dragen.");
        }

        if (answer.BringToDuo)
        {
            lines.Add(en ? "Bring it to your next duo moment; your partner can think along." : "Neem het mee naar je volgende duo-moment; je partner kan meedenken.");
        }

        lines.Add(reflection.NextStep is { } next
            ? (en ? $"On {ReflectionCardTexts.Date(next.By, en)} BreedBot asks again how it went." : $"Op {ReflectionCardTexts.Date(next.By, en)} vraagt BreedBot opnieuw hoe het ging.")
            : (en ? "Send 'reflection' whenever a case asks for it." : "Stuur 'reflectie' wanneer een casus erom vraagt."));
        return [.. lines];
    }
}
