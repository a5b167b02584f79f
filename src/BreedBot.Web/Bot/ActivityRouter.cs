using BreedBot.Connector.Schema;
using BreedBot.Web.Handlers;
using BreedBot.Web.Telemetry;

namespace BreedBot.Web.Bot;

/// <summary>
/// Sends each authenticated activity to the handler for its type. Unknown types are accepted and
/// ignored, as the protocol requires. A handler that fails because storage or Teams is unavailable
/// never shows an error page: the user is told to try again where there is a user to tell.
/// </summary>
internal sealed class ActivityRouter(
    MessageHandler messages,
    InstallationHandler installations,
    CardActionHandler cardActions,
    BotMessenger messenger,
    BreedBotMetrics metrics,
    Scheduling.MemberTimeZones zones,
    ILogger<ActivityRouter> logger)
{
    public async Task<TurnResult> RouteAsync(Activity activity, CancellationToken ct)
    {
        var type = activity.Type ?? "";
        if (type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            NoticeTimeZone(activity);
        }

        try
        {
            var result = type switch
            {
                ActivityTypes.Message => await messages.HandleAsync(activity, ct),
                ActivityTypes.ConversationUpdate => await installations.HandleConversationUpdateAsync(activity, ct),
                ActivityTypes.InstallationUpdate => await installations.HandleInstallationUpdateAsync(activity, ct),
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
    }

    private Task<TurnResult> RouteInvokeAsync(Activity activity, CancellationToken ct) =>
        activity.Name == AdaptiveCardInvokeValue.InvokeName
            ? cardActions.HandleAsync(activity, ct)
            // The Bot Framework's own convention for an invoke nobody handles.
            : Task.FromResult(TurnResult.Invoke(new InvokeResponse(StatusCodes.Status501NotImplemented, null)));

    // The person's zone is a nicety for their reminders: it is stored in the background, and nothing about it
    // may cost them their answer.
    private void NoticeTimeZone(Activity activity)
    {
        try
        {
            zones.Notice(activity);
        }
        catch (Exception e)
        {
            Log.HandlerFailed(logger, "timezone", e.GetType().Name);
        }
    }

    private TurnResult Ignored(string type)
    {
        Log.ActivityIgnored(logger, type);
        return TurnResult.Handled;
    }

    private async Task<TurnResult> FailGracefullyAsync(Activity activity, CancellationToken ct)
    {
        var language = Localization.UserLanguages.FromLocale(activity.Locale);
        var text = Localization.BotTexts.For(language).TryAgainLater;
        if (activity.Type == ActivityTypes.Invoke)
        {
            return TurnResult.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status503ServiceUnavailable, "TryAgainLater", text).ToInvokeResponse());
        }

        if (activity.Type != ActivityTypes.Message)
        {
            // Installation events are idempotent: let Teams deliver them again.
            return TurnResult.TryAgain;
        }

        try
        {
            await messenger.ReplyTextAsync(activity, text, ct);
            return TurnResult.Handled;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, "apology", e.GetType().Name);
            return TurnResult.TryAgain;
        }
    }
}
