using Azure.Core;
using Azure.Identity;

namespace BreedBot.Connector.Graph;

/// <summary>
/// App-only Graph tokens with the bot's own identity (the app whose resource-specific consent a team owner granted):
/// client credentials for the team's tenant (<c>MultiTenant</c>) or the bot's tenant (<c>SingleTenant</c>), or the
/// user-assigned managed identity. Azure.Identity keeps and renews the tokens, per tenant.
/// </summary>
internal sealed class GraphTokenProvider(TokenCredential? credential, string scope, bool perTenant) : IGraphTokenProvider
{
    internal TokenCredential? Credential => credential;

    public static GraphTokenProvider Create(BotOptions options, GraphOptions graph)
    {
        if (!options.HasAppId)
        {
            return new GraphTokenProvider(null, graph.Scope, perTenant: false);
        }

        return options.AppType switch
        {
            // One credential for every tenant: each request names the team's tenant.
            BotAppType.MultiTenant => new GraphTokenProvider(
                new ClientSecretCredential(Client.BotTokenProviders.MultiTenantAuthority, options.AppId, options.AppPassword, new ClientSecretCredentialOptions { AdditionallyAllowedTenants = { "*" } }),
                graph.Scope,
                perTenant: true),
            BotAppType.SingleTenant => new GraphTokenProvider(new ClientSecretCredential(options.AppTenantId, options.AppId, options.AppPassword), graph.Scope, perTenant: false),
            BotAppType.UserAssignedMSI => new GraphTokenProvider(
                new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId)), graph.Scope, perTenant: false),
            _ => throw new InvalidOperationException("MicrosoftAppType is not one of MultiTenant, SingleTenant, UserAssignedMSI."),
        };
    }

    public async ValueTask<string?> GetTokenAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        var request = new TokenRequestContext([scope], tenantId: perTenant ? tenantId : null);
        return (await credential.GetTokenAsync(request, cancellationToken)).Token;
    }
}
