using BreedBot.Connector.Schema;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Turn;

/// <summary>
/// <c>adaptiveCard/action</c> invokes (Action.Execute). Each capability registers its verbs as an
/// <see cref="ICardVerbHandler"/>; a verb nobody knows — an outdated card, or a tampered one — gets
/// a proper invoke error, never an exception page.
/// </summary>
internal sealed class CardActionHandler(HandlerRegistry registry, IServiceProvider services, ILogger<CardActionHandler> logger)
{
    public Task<TurnResult> HandleAsync(Activity activity, CancellationToken ct)
    {
        var texts = TurnTexts.For(UserLanguages.FromLocale(activity.Locale));
        var value = activity.GetValue<AdaptiveCardInvokeValue>();
        var verb = value?.Action?.Verb;
        if (string.IsNullOrWhiteSpace(verb))
        {
            Log.UnknownVerb(logger, "missing");
            return Task.FromResult(Error("BadRequest", texts.UnknownAction));
        }

        if (registry.ForVerb(verb, services) is { } handler)
        {
            if (!registry.VerbOf(verb)!.IsAllowedIn(activity))
            {
                // A personal verb from a channel or group chat: only a modified or forwarded card sends it. The
                // answer goes to the one who pressed, and nothing is posted where others read along.
                Log.VerbOutsidePersonalChat(logger, activity.Conversation?.ConversationType ?? "unknown");
                return Task.FromResult(TurnResult.Message(texts.OnlyInPersonalChat));
            }

            return handler.HandleAsync(activity, verb, value!.Action!.Data ?? default, ct);
        }

        Log.UnknownVerb(logger, "unknown");
        return Task.FromResult(Error("UnknownVerb", texts.UnknownAction));
    }

    private static TurnResult Error(string code, string message) =>
        TurnResult.Error(StatusCodes.Status400BadRequest, code, message);
}
