namespace BreedBot.Connector;

/// <summary>
/// The bot identity (root keys <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c>) and the protocol policy (section <c>Bot</c>).
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;
    public string? AppId { get; set; }
    public string? AppPassword { get; set; }
    public string? AppTenantId { get; set; }
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;
    public IList<string> ValidIssuers { get; set; } = [BotFrameworkIssuer];
    public IList<string> AllowedServiceUrlHosts { get; set; } = ["smba.trafficmanager.net", "*.botframework.com"];

    /// <summary>Tenants whose activities are accepted; empty means every tenant.</summary>
    public IList<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// How long one call to Teams made inside a turn (a reply, a card update, the roster) may take, retries included.
    /// Teams shows the user an error when a turn is not answered within 15 seconds.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How long all the calls to Teams of one turn may take together; a reply that is left without time goes to the outbox.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Lets requests WITHOUT an Authorization header through (Agents Playground). Never in production.</summary>
    public bool DangerouslyAllowUnauthenticatedRequests { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);
}
