using BreedBot.Connector.Schema;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;
using BreedBot.Web.Pairing;
using BreedBot.Web.Privacy;

namespace BreedBot.Web.Handlers;

/// <summary>
/// <c>adaptiveCard/action</c> invokes (Action.Execute). Each capability registers its verbs here;
/// a verb nobody knows — an outdated card, or a tampered one — gets a proper invoke error, never an exception page.
/// </summary>
internal sealed class CardActionHandler(JoinActionHandler join, PairingCommands pairing, MyDataEraser eraser, ILogger<CardActionHandler> logger)
{
    public Task<TurnResult> HandleAsync(Activity activity, CancellationToken ct)
    {
        var texts = BotTexts.For(UserLanguages.FromLocale(activity.Locale));
        var value = activity.GetValue<AdaptiveCardInvokeValue>();
        var verb = value?.Action?.Verb;
        if (string.IsNullOrWhiteSpace(verb))
        {
            Log.UnknownVerb(logger, "missing");
            return Task.FromResult(Error("BadRequest", texts.UnknownAction));
        }

        if (verb is JoinCard.SubmitVerb or JoinCard.DeclineVerb)
        {
            return join.HandleAsync(activity, verb, value!.Action!.Data ?? default, ct);
        }

        if (verb is MyDataCommands.DeleteVerb or MyDataCommands.KeepVerb)
        {
            return eraser.HandleAsync(activity, verb, ct);
        }

        if (verb == WelcomeTeamCard.PairVerb)
        {
            return PairAsync(activity, ct);
        }

        Log.UnknownVerb(logger, "unknown");
        return Task.FromResult(Error("UnknownVerb", texts.UnknownAction));
    }

    private async Task<TurnResult> PairAsync(Activity activity, CancellationToken ct) =>
        TurnResult.Invoke(AdaptiveCardInvokeResponse.Message(await pairing.PairFromCardAsync(activity, ct)).ToInvokeResponse());

    private static TurnResult Error(string code, string message) =>
        TurnResult.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status400BadRequest, code, message).ToInvokeResponse());
}
