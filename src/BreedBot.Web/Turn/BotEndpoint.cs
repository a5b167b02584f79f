using BreedBot.Connector;
using BreedBot.Connector.Authentication;
using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Turn;

/// <summary>
/// POST /api/messages: size limit, then parse, then every authentication check, then the activity's shape, and
/// only then the bot sees the activity. A refused request gets a bare status code and leaves no trace in storage.
/// </summary>
internal static class BotEndpoint
{
    public const string Route = "/api/messages";

    /// <summary>Maps the endpoint, and says it loudly at every start when the development switch for unauthenticated requests is on.</summary>
    public static WebApplication MapBotEndpoint(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.DangerouslyAllowUnauthenticatedRequests)
        {
            Log.UnauthenticatedRequestsAllowed(app.Logger);
        }

        app.MapPost(Route, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, ChannelRequestAuthenticator authenticator, ActivityRouter router, IOptions<BotOptions> options, TimeProvider time, ILogger<ActivityRouter> logger)
    {
        var ct = http.RequestAborted;
        // Teams shows the user an error when a turn takes over 15 s: every call to Teams in this turn ends by then.
        using var turn = TurnDeadline.Begin(time.GetUtcNow() + options.Value.TurnTimeout);
        var read = await InboundActivityReader.ReadAsync(http.Request, ct);
        switch (read.Status)
        {
            case InboundReadStatus.TooLarge:
                Log.RequestTooLarge(logger, InboundActivityReader.MaxBodyBytes);
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            case InboundReadStatus.NotAnActivity:
                Log.RequestNotAnActivity(logger);
                return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var activity = read.Activity!;
        var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, ct);
        if (!authentication.Succeeded)
        {
            Log.RequestRefused(logger, authentication.Failure.ToString());
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        // Authenticated but broken: 400, not a handler failure's 503, which would ask Teams to send it again.
        if (ActivityShape.Problem(activity) is { } malformed)
        {
            Log.RequestMalformed(logger, activity.Type ?? "", malformed);
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var result = await router.RouteAsync(activity, ct);
        return result switch
        {
            { InvokeResponse: { } invoke } => Results.Json(invoke.Body, ActivityJson.Options, statusCode: invoke.Status),
            { Unavailable: true } => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
            _ => Results.Ok(),
        };
    }
}
