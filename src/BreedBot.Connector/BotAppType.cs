namespace BreedBot.Connector;

/// <summary>How the bot proves who it is to the connector (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
