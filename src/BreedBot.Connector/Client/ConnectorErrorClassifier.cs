using System.Net;

namespace BreedBot.Connector.Client;

/// <summary>Maps a failed status and error code to what it means for the caller.</summary>
internal static class ConnectorErrorClassifier
{
    public static ConnectorErrorKind Classify(HttpStatusCode status, string? code) => (int)status switch
    {
        403 => code switch
        {
            "ConversationBlockedByUser" or "MessageWritesBlocked" => ConnectorErrorKind.BlockedByUser,
            "BotNotInConversationRoster" => ConnectorErrorKind.BotNotInConversation,
            "BotDisabledByAdmin" => ConnectorErrorKind.DisabledByAdmin,
            _ => ConnectorErrorKind.Other,
        },
        404 => ConnectorErrorKind.NotFound,
        429 => ConnectorErrorKind.Throttled,
        413 => ConnectorErrorKind.MessageTooBig,
        401 => ConnectorErrorKind.Unauthorized,
        400 => ConnectorErrorKind.BadRequest,
        408 or 412 or 500 or 502 or 503 or 504 => ConnectorErrorKind.Transient,
        _ => ConnectorErrorKind.Other,
    };
}
