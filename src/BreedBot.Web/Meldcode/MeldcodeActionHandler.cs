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
                return Kader(question, CardData.Text(data, "answer"), language, reflectionId);
            case MeldcodeVerbs.Open:
                Log.MeldcodeCardShown(logger, "overview", 0);
                return TurnResult.Card(MeldcodeCard.Render(language));
            default:
                Log.MeldcodeActionRefused(logger, "data");
                return Refused(language);
        }
    }

    private TurnResult Kader(KaderQuestion question, string? answer, UserLanguage language, string? reflectionId)
    {
        Log.MeldcodeCardShown(logger, "kader", (int)question);
        return answer switch
        {
            null => TurnResult.Card(KaderCard.Ask(question, language, reflectionId)),
            "yes" => TurnResult.Card(KaderCard.Answered(Afwegingskader.Answer(question, true), language, reflectionId)),
            "no" => TurnResult.Card(KaderCard.Answered(Afwegingskader.Answer(question, false), language, reflectionId)),
            _ => Refused(language),
        };
    }

    private static TurnResult Refused(UserLanguage language) =>
        TurnResult.Error(StatusCodes.Status400BadRequest, "BadRequest", TurnTexts.For(language).UnknownAction);
}
