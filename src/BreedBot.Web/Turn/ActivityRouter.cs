using BreedBot.Connector.Schema;
using BreedBot.Web.Localization;
using BreedBot.Web.Telemetry;

namespace BreedBot.Web.Turn;

/// <summary>
/// Sends each authenticated activity to the handler for its type. Unknown types are accepted and
/// ignored, as the protocol requires. A handler that fails because storage or Teams is unavailable
/// never shows an error page: the user is told to try again where there is a user to tell.
/// The handler is created from the turn's scope (<paramref name="turn"/>) only once the type is known: a message
/// needs none of the installation or file-consent handlers and their stores.
/// </summary>
internal sealed class ActivityRouter(
    IServiceProvider turn,
    BreedBotMetrics metrics,
    IEnumerable<ITurnObserver> observers,
    IEnumerable<IHandledTurnObserver> handledObservers,
    ILogger<ActivityRouter> logger)
{
    public async Task<TurnResult> RouteAsync(Activity activity, CancellationToken ct)
    {
        var type = activity.Type ?? "";
        var noticed = type is ActivityTypes.Message or ActivityTypes.Invoke;
        if (noticed)
        {
            Notice(observers, activity, static (observer, a) => observer.Notice(a));
        }

        try
        {
            var result = type switch
            {
                ActivityTypes.Message => await turn.GetRequiredService<MessageHandler>().HandleAsync(activity, ct),
                ActivityTypes.ConversationUpdate => await turn.GetRequiredService<IInstallationHandler>().HandleConversationUpdateAsync(activity, ct),
                ActivityTypes.InstallationUpdate => await turn.GetRequiredService<IInstallationHandler>().HandleInstallationUpdateAsync(activity, ct),
                ActivityTypes.Invoke => await RouteInvokeAsync(activity, ct),
                _ => Ignored(type),
            };
            metrics.ActivityHandled(type, "handled");
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            metrics.ActivityHandled(type, "failed");
            Log.HandlerFailed(logger, type, e.GetType().Name);
            return await FailGracefullyAsync(activity, ct);
        }
        finally
        {
            if (noticed)
            {
                Notice(handledObservers, activity, static (observer, a) => observer.Notice(a));
            }
        }
    }

    private Task<TurnResult> RouteInvokeAsync(Activity activity, CancellationToken ct) => activity.Name switch
    {
        AdaptiveCardInvokeValue.InvokeName => turn.GetRequiredService<CardActionHandler>().HandleAsync(activity, ct),
        FileConsentInvokeValue.InvokeName => turn.GetRequiredService<IFileConsentHandler>().HandleAsync(activity, ct),
        // The Bot Framework's own convention for an invoke nobody handles.
        _ => Task.FromResult(TurnResult.Invoke(new InvokeResponse(StatusCodes.Status501NotImplemented, null))),
    };

    // What an observer notices (the person's Teams time zone, for their reminders) is a nicety stored in the background:
    // nothing about it may cost the person their answer. The callers pass static lambdas: no delegate per turn.
    private void Notice<TObserver>(IEnumerable<TObserver> all, Activity activity, Action<TObserver, Activity> notice)
    {
        foreach (var observer in all)
        {
            try
            {
                notice(observer, activity);
            }
            catch (Exception e)
            {
                Log.HandlerFailed(logger, "observer", e.GetType().Name);
            }
        }
    }

    private TurnResult Ignored(string type)
    {
        Log.ActivityIgnored(logger, type);
        return TurnResult.Handled;
    }

    private async Task<TurnResult> FailGracefullyAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var text = TurnTexts.For(language).TryAgainLater;
        if (activity.Type == ActivityTypes.Invoke)
        {
            return TurnResult.Error(StatusCodes.Status503ServiceUnavailable, "TryAgainLater", text);
        }

        if (activity.Type != ActivityTypes.Message)
        {
            // Installation events are idempotent: let Teams deliver them again.
            return TurnResult.TryAgain;
        }

        try
        {
            await turn.GetRequiredService<BotMessenger>().ReplyTextAsync(activity, text, ct);
            return TurnResult.Handled;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, "apology", e.GetType().Name);
            return TurnResult.TryAgain;
        }
    }
}
