using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Meldcode;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// The meldcode card's buttons, answered in place: the overview, one step's questions (with the
/// sender's cluster notes), and the afwegingskader one question at a time. Nothing is stored.
/// </summary>
internal sealed class MeldcodeActionHandler(SenderCluster clusters, ILogger<MeldcodeActionHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Anywhere(MeldcodeVerbs.Open), CardVerb.Anywhere(MeldcodeVerbs.Step), CardVerb.Anywhere(MeldcodeVerbs.Kader)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var reflectionId = CardData.ReflectionId(data);
        switch (verb)
        {
            case MeldcodeVerbs.Step when CardData.Number(data, "step") is { } number && MeldcodeGuide.StepOf(number) is { } step:
                Log.MeldcodeCardShown(logger, "step", number);
                return TurnResult.Card(MeldcodeStepCard.Render(step, await clusters.OfAsync(activity, ct), language, reflectionId));
            case MeldcodeVerbs.Kader when CardData.Number(data, "question") is { } number && Afwegingskader.QuestionOf(number) is { } question:
                return await KaderAsync(activity, question, CardData.Text(data, "answer"), language, reflectionId, ct);
            case MeldcodeVerbs.Open:
                Log.MeldcodeCardShown(logger, "overview", 0);
                return TurnResult.Card(MeldcodeCard.Render(language));
            default:
                Log.MeldcodeActionRefused(logger, "data");
                return Refused(language);
        }
    }

    private async Task<TurnResult> KaderAsync(Activity activity, KaderQuestion question, string? answer, UserLanguage language, string? reflectionId, CancellationToken ct)
    {
        Log.MeldcodeCardShown(logger, "kader", (int)question);
        bool? yes = answer switch { "yes" => true, "no" => false, _ => null };
        if (answer is null)
        {
            return TurnResult.Card(KaderCard.Ask(question, language, reflectionId));
        }

        if (yes is not { } said)
        {
            return Refused(language);
        }

        // What the kader says after an answer depends on the group (a Veilig Thuis worker is not told to report to Veilig Thuis).
        var kaderAnswer = Afwegingskader.Answer(question, said);
        var cluster = kaderAnswer.Norm is null ? null : await clusters.OfAsync(activity, ct);
        return TurnResult.Card(KaderCard.Answered(kaderAnswer, language, reflectionId, cluster));
    }

    private static TurnResult Refused(UserLanguage language) =>
        TurnResult.Error(StatusCodes.Status400BadRequest, "BadRequest", TurnTexts.For(language).UnknownAction);
}
