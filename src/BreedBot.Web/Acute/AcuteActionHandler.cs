using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Handlers;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;

namespace BreedBot.Web.Acute;

/// <summary>
/// "Acuut gevaar" from any card: 112 and Veilig Thuis first, built without storage; then the urgent
/// consult. When sending fails, the answer repeats the numbers and says the request was not sent.
/// </summary>
internal sealed class AcuteActionHandler(UrgentConsult consult, ILogger<AcuteActionHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [AcuteVerbs.Open, AcuteVerbs.Consult];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var reflectionId = CardData.ReflectionId(data);
        if (verb == AcuteVerbs.Open)
        {
            Log.AcuteCardShown(logger);
            return Card(AcuteCard.Render(language, reflectionId));
        }

        AcuteCard.ConsultOutcome outcome;
        try
        {
            outcome = await consult.RequestAsync(activity, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.AcuteConsultFailed(logger, e.GetType().Name);
            outcome = AcuteCard.ConsultOutcome.NotSent;
        }

        return Card(AcuteCard.AfterConsult(language, reflectionId, outcome));
    }

    private static TurnResult Card(RenderedCard card) => TurnResult.Invoke(AdaptiveCardInvokeResponse.Card(card.Content).ToInvokeResponse());
}
