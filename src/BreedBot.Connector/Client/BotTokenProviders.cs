using Azure.Identity;

namespace BreedBot.Connector.Client;

/// <summary>Chooses the credential for <see cref="BotOptions.AppType"/>.</summary>
internal static class BotTokenProviders
{
    public const string MultiTenantAuthority = "botframework.com";

    public static IBotTokenProvider Create(BotOptions options)
    {
        if (!options.HasAppId)
        {
            return new NoBotTokenProvider();
        }

        return options.AppType switch
        {
            BotAppType.MultiTenant => new CredentialBotTokenProvider(
                new ClientSecretCredential(MultiTenantAuthority, options.AppId, options.AppPassword)),
            BotAppType.SingleTenant => new CredentialBotTokenProvider(
                new ClientSecretCredential(options.AppTenantId, options.AppId, options.AppPassword)),
            BotAppType.UserAssignedMSI => new CredentialBotTokenProvider(
                new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId))),
            _ => throw new InvalidOperationException("MicrosoftAppType is not one of MultiTenant, SingleTenant, UserAssignedMSI."),
        };
    }
}
