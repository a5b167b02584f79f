using Azure.Core;

namespace BreedBot.Connector.Client;

/// <summary>A token from an Azure.Identity credential, which caches and renews it itself.</summary>
internal sealed class CredentialBotTokenProvider(TokenCredential credential) : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TokenRequestContext Request = new([Scope]);

    internal TokenCredential Credential => credential;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        (await credential.GetTokenAsync(Request, cancellationToken)).Token;
}
