using BreedBot.Connector.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BreedBot.Connector.Tests;

public sealed class BotOptionsTests
{
    [Fact]
    public void AddBotConnector_MinimalSettings_BindsDefaults()
    {
        var options = Resolve(ConnectorServices.ValidSettings());

        Assert.Equal(BotAppType.MultiTenant, options.AppType);
        Assert.Equal(ConnectorServices.AppId, options.AppId);
        Assert.Equal(BotOptions.DefaultOpenIdMetadataUrl, options.OpenIdMetadataUrl);
        Assert.Equal(["https://api.botframework.com"], options.ValidIssuers);
        Assert.Equal(["smba.trafficmanager.net", "*.botframework.com"], options.AllowedServiceUrlHosts);
        Assert.Empty(options.AllowedTenants);
        Assert.False(options.DangerouslyAllowUnauthenticatedRequests);
        Assert.Equal(TimeSpan.FromSeconds(4), options.CallTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.TurnTimeout);
    }

    [Fact]
    public void AddBotConnector_ConfiguredLists_ReplaceTheDefaults()
    {
        var settings = ConnectorServices.ValidSettings();
        settings["Bot:ValidIssuers:0"] = "https://issuer.example";
        settings["Bot:AllowedServiceUrlHosts:0"] = "smba.infra.gov.teams.microsoft.us";
        settings["Bot:AllowedTenants"] = "tenant-a, tenant-b";

        var options = Resolve(settings);

        Assert.Equal(["https://issuer.example"], options.ValidIssuers);
        Assert.Equal(["smba.infra.gov.teams.microsoft.us"], options.AllowedServiceUrlHosts);
        Assert.Equal(["tenant-a", "tenant-b"], options.AllowedTenants);
    }

    [Theory]
    [InlineData("singletenant", BotAppType.SingleTenant)]
    [InlineData("UserAssignedMSI", BotAppType.UserAssignedMSI)]
    public void AddBotConnector_AppType_ParsedCaseInsensitively(string value, BotAppType expected)
    {
        var settings = ConnectorServices.ValidSettings();
        settings["MicrosoftAppType"] = value;
        settings["MicrosoftAppTenantId"] = "tenant-1";

        Assert.Equal(expected, Resolve(settings).AppType);
    }

    [Theory]
    [InlineData("MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType", "Personal", "MicrosoftAppType")]
    [InlineData("MicrosoftAppType", "7", "MicrosoftAppType")]
    [InlineData("MicrosoftAppPassword", "", "MicrosoftAppPassword")]
    [InlineData("MicrosoftAppId", "", "MicrosoftAppId")]
    [InlineData("Bot:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "OpenIdMetadataUrl")]
    [InlineData("Bot:OpenIdMetadataUrl", "not a url", "OpenIdMetadataUrl")]
    [InlineData("Bot:AllowedServiceUrlHosts:0", "*", "AllowedServiceUrlHosts")]
    [InlineData("Bot:AllowedServiceUrlHosts:0", "https://smba.trafficmanager.net/", "AllowedServiceUrlHosts")]
    [InlineData("Bot:AllowedServiceUrlHosts:0", "10.1.2.3", "AllowedServiceUrlHosts")]
    [InlineData("Bot:CallTimeout", "00:00:20", "CallTimeout")]
    [InlineData("Bot:CallTimeout", "00:00:00.500", "CallTimeout")]
    [InlineData("Bot:TurnTimeout", "00:00:02", "TurnTimeout")]
    [InlineData("Bot:TurnTimeout", "00:00:15", "TurnTimeout")]
    [InlineData("Graph:BaseUrl", "http://graph.microsoft.com/v1.0/", "Graph:BaseUrl")]
    [InlineData("Graph:BaseUrl", "not a url", "Graph:BaseUrl")]
    [InlineData("Graph:Timeout", "00:00:20", "Graph:Timeout")]
    public void AddBotConnector_InvalidSetting_FailsAtStartup(string key, string value, string named)
    {
        var settings = ConnectorServices.ValidSettings();
        settings[key] = value;
        using var services = ConnectorServices.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotConnector_NoAppIdWithDevelopmentSwitch_IsValid()
    {
        var settings = new Dictionary<string, string?> { ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true" };

        var options = Resolve(settings);

        Assert.False(options.HasAppId);
    }

    [Fact]
    public void AddBotConnector_ManagedIdentityWithoutPassword_IsValid()
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = "client-id" };

        Assert.Equal(BotAppType.UserAssignedMSI, Resolve(settings).AppType);
    }

    [Fact]
    public void AddBotConnector_LoopbackHttpMetadata_IsValid()
    {
        var options = Resolve(ConnectorServices.ValidSettings("http://127.0.0.1:5555/v1/.well-known/openidconfiguration"));

        Assert.StartsWith("http://127.0.0.1", options.OpenIdMetadataUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotConnector_LoopbackHostsNamedInTheAllowList_AreValidAndAccepted()
    {
        var settings = ConnectorServices.ValidSettings();
        settings["Bot:AllowedServiceUrlHosts"] = "smba.trafficmanager.net, 127.0.0.1, localhost";
        using var services = ConnectorServices.Build(settings);
        services.GetRequiredService<IStartupValidator>().Validate();

        var policy = services.GetRequiredService<ServiceUrlPolicy>();

        Assert.True(policy.IsAllowed("http://127.0.0.1:5000/"));
        Assert.True(policy.IsAllowed("http://localhost:56150/_connector"));
        Assert.False(policy.IsAllowed("http://127.0.0.2:5000/"));
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    [InlineData(null, false)]
    public void AddBotConnector_LoopbackServiceUrlNotListed_AcceptedOnlyInDevelopment(string? environment, bool accepted)
    {
        using var services = ConnectorServices.Build(ConnectorServices.ValidSettings(), environment: environment);

        var policy = services.GetRequiredService<ServiceUrlPolicy>();

        Assert.Equal(accepted, policy.IsAllowed("http://127.0.0.1:56150/_connector"));
        Assert.True(policy.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    private static BotOptions Resolve(IDictionary<string, string?> settings)
    {
        using var services = ConnectorServices.Build(settings);
        services.GetRequiredService<IStartupValidator>().Validate();
        return services.GetRequiredService<IOptions<BotOptions>>().Value;
    }
}
