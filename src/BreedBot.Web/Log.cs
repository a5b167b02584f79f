namespace BreedBot.Web;

/// <summary>
/// Every log line BreedBot's host writes. Ids, counts, kinds and outcomes only — never message text,
/// card answers, names or tokens: this is a bot about domestic violence cases.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Request refused: body larger than {MaxBytes} bytes")]
    public static partial void RequestTooLarge(ILogger logger, int maxBytes);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Request refused: body is not an activity")]
    public static partial void RequestNotAnActivity(ILogger logger);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Request refused: authentication failed ({Failure})")]
    public static partial void RequestRefused(ILogger logger, string failure);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Request refused: malformed {ActivityType} activity ({Reason})")]
    public static partial void RequestMalformed(ILogger logger, string activityType, Turn.MalformedReason reason);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "A reply Teams did not take in its turn ({Kind}, may have arrived: {MayHaveArrived}) was handed to the outbox")]
    public static partial void ReplyHandedToOutbox(ILogger logger, Connector.Client.ConnectorErrorKind kind, bool mayHaveArrived);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Activity of type {ActivityType} ignored")]
    public static partial void ActivityIgnored(ILogger logger, string activityType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Handling {ActivityType} failed with {ErrorType}; the user is asked to try again")]
    public static partial void HandlerFailed(ILogger logger, string activityType, string errorType);

    // Debug: a line for every message costs a busy bot more CPU than a short turn itself (the console logger's lock);
    // the activities-handled metric counts turns in production.
    [LoggerMessage(EventId = 1010, Level = LogLevel.Debug, Message = "Command {Command} received in a {ConversationType} conversation")]
    public static partial void CommandReceived(ILogger logger, BreedBot.Domain.Commands.BotCommand command, string conversationType);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Card action refused: {Reason} verb")]
    public static partial void UnknownVerb(ILogger logger, string reason);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "Card action refused: a personal verb from a {ConversationType} conversation")]
    public static partial void VerbOutsidePersonalChat(ILogger logger, string conversationType);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Team installation recorded (team id of {TeamIdLength} characters)")]
    public static partial void TeamInstalled(ILogger logger, int teamIdLength);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "Team removal recorded as {Status}")]
    public static partial void TeamRemoved(ILogger logger, BreedBot.Domain.Teams.InstallationStatus status);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Warning, Message = "A {Scope} installation arrived without tenant, ids or serviceUrl; nothing stored")]
    public static partial void InstallWithoutAddress(ILogger logger, string scope);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Information, Message = "Team install announced without a language; the welcome and invitations wait for the install event")]
    public static partial void InstallLanguageAwaited(ILogger logger);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Critical, Message = "Bot:DangerouslyAllowUnauthenticatedRequests is ON: requests without a token are accepted. Local development only — never in production.")]
    public static partial void UnauthenticatedRequestsAllowed(ILogger logger);

    [LoggerMessage(EventId = 1040, Level = LogLevel.Information, Message = "{Count} team members invited")]
    public static partial void InvitationsSent(ILogger logger, int count);

    [LoggerMessage(EventId = 1044, Level = LogLevel.Warning, Message = "A member named as added is not in Teams' roster; not recorded, not invited")]
    public static partial void AddedMemberNotInRoster(ILogger logger);

    [LoggerMessage(EventId = 1041, Level = LogLevel.Information, Message = "Join answers refused with {ProblemCount} problems; card returned")]
    public static partial void JoinRefused(ILogger logger, int problemCount);

    [LoggerMessage(EventId = 1042, Level = LogLevel.Information, Message = "A member joined")]
    public static partial void MemberJoined(ILogger logger);

    [LoggerMessage(EventId = 1043, Level = LogLevel.Information, Message = "{Count} members left the team")]
    public static partial void MembersRemoved(ILogger logger, int count);

    [LoggerMessage(EventId = 1050, Level = LogLevel.Information, Message = "Pairing refused: {Reason}")]
    public static partial void PairingRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1054, Level = LogLevel.Information, Message = "Graph could not say who owns the team ({Kind}); Teams' roster decides")]
    public static partial void OwnersFromRoster(ILogger logger, Connector.Graph.GraphErrorKind kind);

    [LoggerMessage(EventId = 1055, Level = LogLevel.Warning, Message = "The team's Entra group id is not known and team details gave none ({Kind})")]
    public static partial void TeamGroupUnknown(ILogger logger, Connector.Client.ConnectorErrorKind kind);

    [LoggerMessage(EventId = 1051, Level = LogLevel.Information, Message = "Rotation {Rotation} stored with {DuoCount} duos")]
    public static partial void Paired(ILogger logger, int rotation, int duoCount);

    [LoggerMessage(EventId = 1052, Level = LogLevel.Information, Message = "A duo was mended after someone left; {ChangedCount} members told")]
    public static partial void DuoMended(ILogger logger, int changedCount);

    [LoggerMessage(EventId = 1053, Level = LogLevel.Warning, Message = "Mending a duo kept colliding with other changes; left as it was")]
    public static partial void DuoMendGaveUp(ILogger logger);

    [LoggerMessage(EventId = 1060, Level = LogLevel.Error, Message = "Job {Job} failed for one item with {ErrorType}; it continues with the next")]
    public static partial void JobFailed(ILogger logger, string job, string errorType);

    [LoggerMessage(EventId = 1070, Level = LogLevel.Information, Message = "Personal data erased on request (member of {TeamCount} teams)")]
    public static partial void PersonalDataErased(ILogger logger, int teamCount);
}
