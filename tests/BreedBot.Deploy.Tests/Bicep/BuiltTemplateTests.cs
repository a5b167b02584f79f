using System.Text.Json.Nodes;

namespace BreedBot.Deploy.Tests.Bicep;

/// <summary>What the compiled deploy/main.bicep promises: the bot's configuration keys, safe storage, the bot.</summary>
public sealed class BuiltTemplateTests(BuiltTemplateFixture fixture) : IClassFixture<BuiltTemplateFixture>
{
    // The settings the deployment must give the bot, as the README names them (list keys with index 0).
    private static readonly string[] BotSettings =
    [
        "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId",
        "Bot__AllowedTenants__0",
        "Storage__TableServiceUri", "Storage__QueueServiceUri", "Storage__TablePrefix",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
    ];

    // Read by the platform or the Azure SDK, not by BreedBot's options: not in the README table.
    private static readonly string[] PlatformSettings =
    [
        "AZURE_CLIENT_ID", "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION",
    ];

    private JsonNode Template
    {
        get
        {
            Assert.True(fixture.Build.ExitCode == 0, fixture.Build.ToString());
            return fixture.Template;
        }
    }

    [Fact]
    public void Readme_Configuration_NamesEverySettingTheDeploymentSets()
    {
        var documented = ReadmeConfiguration.AppSettingNames();

        Assert.All(BotSettings, name => Assert.Contains(name, documented));
    }

    [Fact]
    public void AppSettings_BotConfiguration_UsesTheReadmeKeys()
    {
        var names = ArmAppSettings.Names(Template);

        Assert.All(BotSettings, name => Assert.Contains(name, names));
    }

    [Fact]
    public void AppSettings_EveryName_IsAReadmeKeyOrAPlatformSetting()
    {
        var known = ReadmeConfiguration.AppSettingNames().Concat(PlatformSettings).ToHashSet(StringComparer.Ordinal);

        Assert.All(ArmAppSettings.Names(Template), name => Assert.Contains(name, known));
    }

    [Fact]
    public void Parameters_Location_DefaultsToWestEurope()
    {
        Assert.Equal("westeurope", Template["parameters"]!["location"]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public void Parameters_BotServiceLocation_DefaultsToTheRegionalEuropeBot()
    {
        Assert.Equal("westeurope", Template["parameters"]!["botServiceLocation"]!["defaultValue"]!.GetValue<string>());
    }

    [Fact]
    public void StorageAccount_Security_Tls12KeylessAndNoPublicBlobs()
    {
        var account = Assert.Single(JsonTree.Resources(Template, "Microsoft.Storage/storageAccounts"));
        var properties = account["properties"]!;

        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.False(properties["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.False(properties["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void RoleAssignments_ManagedIdentity_GetsTableAndQueueDataContributor()
    {
        var roles = JsonTree.Resources(Template, "Microsoft.Authorization/roleAssignments")
            .Select(r => r["properties"]!["roleDefinitionId"]!.GetValue<string>())
            .ToList();
        var strings = JsonTree.Strings(Template).ToList();

        Assert.Equal(2, roles.Count);
        Assert.All(roles, r => Assert.StartsWith("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions'", r, StringComparison.Ordinal));
        Assert.Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", strings); // Storage Table Data Contributor
        Assert.Contains("974c5e8b-45b9-4653-ba55-5f855dd0fb88", strings); // Storage Queue Data Contributor
    }

    [Fact]
    public void WebApp_Runtime_IsDotnet10WithReadinessHealthCheck()
    {
        var site = Assert.Single(JsonTree.Resources(Template, "Microsoft.Web/sites"));
        var config = site["properties"]!["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("dotnet BreedBot.Web.dll", config["appCommandLine"]!.GetValue<string>());
        Assert.Equal("/readyz", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(site["properties"]!["httpsOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void Bot_Registration_HasTeamsChannelAndMessagingEndpoint()
    {
        var bot = Assert.Single(JsonTree.Resources(Template, "Microsoft.BotService/botServices"));
        var channel = Assert.Single(JsonTree.Resources(Template, "Microsoft.BotService/botServices/channels"));
        var appTypes = Template["parameters"]!["botAppType"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());

        // The endpoint is the web app's host name, passed to the bot module as a parameter.
        Assert.Equal("[parameters('messagingEndpoint')]", bot["properties"]!["endpoint"]!.GetValue<string>());
        Assert.Contains(JsonTree.Strings(Template), s => s.StartsWith("[format('https://{0}/api/messages'", StringComparison.Ordinal));
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], appTypes);
    }
}
