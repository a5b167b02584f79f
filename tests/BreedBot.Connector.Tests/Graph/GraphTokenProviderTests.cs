using Azure.Core;
using Azure.Identity;
using BreedBot.Connector.Graph;

namespace BreedBot.Connector.Tests.Graph;

public sealed class GraphTokenProviderTests
{
    private static readonly GraphOptions Graph = new();

    [Theory]
    [InlineData(BotAppType.MultiTenant, typeof(ClientSecretCredential))]
    [InlineData(BotAppType.SingleTenant, typeof(ClientSecretCredential))]
    [InlineData(BotAppType.UserAssignedMSI, typeof(ManagedIdentityCredential))]
    public void Create_AppType_ChoosesTheMatchingCredential(BotAppType appType, Type credentialType)
    {
        var options = new BotOptions { AppType = appType, AppId = "app", AppPassword = "secret", AppTenantId = "tenant" };

        Assert.IsType(credentialType, GraphTokenProvider.Create(options, Graph).Credential);
    }

    [Fact]
    public async Task Create_NoAppId_GivesNoToken()
    {
        var provider = GraphTokenProvider.Create(new BotOptions { DangerouslyAllowUnauthenticatedRequests = true }, Graph);

        Assert.Null(await provider.GetTokenAsync("tenant-1", CancellationToken.None));
    }

    [Theory]
    [InlineData(true, "team-tenant")]
    [InlineData(false, null)]
    public async Task GetToken_AsksForGraphAndTheTeamsTenantOnlyWhenPerTenant(bool perTenant, string? expectedTenant)
    {
        var credential = new RecordingCredential();
        var provider = new GraphTokenProvider(credential, Graph.Scope, perTenant);

        Assert.Equal("token", await provider.GetTokenAsync("team-tenant", CancellationToken.None));

        var request = Assert.Single(credential.Requests);
        Assert.Equal(["https://graph.microsoft.com/.default"], request.Scopes);
        Assert.Equal(expectedTenant, request.TenantId);
    }

    [Fact]
    public void Scope_NationalCloudBaseUrl_FollowsItsHost()
    {
        Assert.Equal("https://graph.microsoft.us/.default", new GraphOptions { BaseUrl = "https://graph.microsoft.us/v1.0/" }.Scope);
    }

    private sealed class RecordingCredential : TokenCredential
    {
        public List<TokenRequestContext> Requests { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Requests.Add(requestContext);
            return new AccessToken("token", DateTimeOffset.MaxValue);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
