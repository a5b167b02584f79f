using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// "Acuut gevaar" from any card: 112 and Veilig Thuis first, with who a consult would reach as far as that is known
/// in time; then the urgent consult. Both answer in place, only to the person who pressed. Whatever fails, the
/// answer is the card with the numbers.
/// </summary>
internal sealed class AcuteActionHandler(AcutePreview preview, UrgentConsult consult, ILogger<AcuteActionHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Anywhere(MeldcodeVerbs.AcuteOpen), CardVerb.Personal(MeldcodeVerbs.AcuteConsult)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var reflectionId = CardData.ReflectionId(data);
        if (verb == MeldcodeVerbs.AcuteOpen)
        {
            Log.AcuteCardShown(logger, "button");
            return TurnResult.Card(AcuteCard.Render(language, await preview.ForAsync(activity, reflectionId, ct)));
        }

        var own = preview.OwnReflectionAsync(activity, reflectionId, ct);
        ConsultAnswer answer;
        try
        {
            answer = await consult.RequestAsync(activity, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            Log.AcuteConsultFailed(logger, e.GetType().Name);
            answer = ConsultAnswer.NotSent;
        }

        return TurnResult.Card(AcuteCard.Render(language, new AcuteCardModel { Answer = answer, ReflectionId = await own, Zone = AcutePreview.ZoneOf(activity) }));
    }
}
