namespace BreedBot.Connector.Client;

/// <summary>What a failed connector call means for the caller.</summary>
public enum ConnectorErrorKind
{
    Other,

    /// <summary>The user blocked the bot (403 ConversationBlockedByUser, or errorCode 209 MessageWritesBlocked).</summary>
    BlockedByUser,

    /// <summary>The bot was removed or never installed (403 BotNotInConversationRoster).</summary>
    BotNotInConversation,

    /// <summary>An admin disabled the app (403 BotDisabledByAdmin).</summary>
    DisabledByAdmin,

    /// <summary>404: the conversation or activity no longer exists.</summary>
    NotFound,

    /// <summary>429 that outlasted the retry budget; see <see cref="ConnectorException.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>413 MessageSizeTooBig.</summary>
    MessageTooBig,

    /// <summary>401: the bot's token was refused.</summary>
    Unauthorized,

    /// <summary>400: the request itself was wrong.</summary>
    BadRequest,

    /// <summary>408/412/500/502/503/504 that outlasted the retry budget: worth trying again later.</summary>
    Transient,

    /// <summary>The service URL is not on the allow-list; nothing was sent.</summary>
    ServiceUrlNotAllowed,

    /// <summary>
    /// No answer within the call's deadline (or the turn had no time left). See <see cref="ConnectorException.MayHaveArrived"/>:
    /// a request that went out may have reached Teams all the same.
    /// </summary>
    TimedOut,
}
