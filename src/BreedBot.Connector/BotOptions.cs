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

    /// <summary>Lets requests WITHOUT an Authorization header through (Agents Playground). Never in production.</summary>
    public bool DangerouslyAllowUnauthenticatedRequests { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);
}
