using Azure.Identity;
using BreedBot.Connector.Client;

namespace BreedBot.Connector.Tests.Client;

public sealed class BotTokenProvidersTests
{
    [Theory]
    [InlineData(BotAppType.MultiTenant, typeof(ClientSecretCredential))]
    [InlineData(BotAppType.SingleTenant, typeof(ClientSecretCredential))]
    [InlineData(BotAppType.UserAssignedMSI, typeof(ManagedIdentityCredential))]
    public void Create_AppType_ChoosesTheMatchingCredential(BotAppType appType, Type credentialType)
    {
        var options = new BotOptions { AppType = appType, AppId = "app", AppPassword = "secret", AppTenantId = "tenant" };

        var provider = Assert.IsType<CredentialBotTokenProvider>(BotTokenProviders.Create(options));

        Assert.IsType(credentialType, provider.Credential);
    }

    [Fact]
    public async Task Create_NoAppId_GivesNoToken()
    {
        var provider = BotTokenProviders.Create(new BotOptions { DangerouslyAllowUnauthenticatedRequests = true });

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }
}
