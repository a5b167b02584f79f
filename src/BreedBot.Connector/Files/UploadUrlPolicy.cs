namespace BreedBot.Connector.Files;

/// <summary>
/// Where the bot may PUT a file a person accepted: Teams hands out upload URLs in the person's OneDrive for Business,
/// https on <c>*.sharepoint.com</c> (file bots do not run in the government clouds). The URL arrives inside an invoke, so
/// a forged one must not make the bot send a file anywhere else. A loopback host passes only where the connector's own
/// policy lets it (Development, or a test's stand-in the allow-list names).
/// </summary>
public sealed class UploadUrlPolicy(ServiceUrlPolicy connector)
{
    private static readonly ServiceUrlPolicy OneDrive = new(["*.sharepoint.com"]);

    public bool IsAllowed(string? uploadUrl) =>
        Uri.TryCreate(uploadUrl, UriKind.Absolute, out var uri) && (OneDrive.IsAllowedRemote(uri) || connector.IsAllowedLoopback(uri));
}
