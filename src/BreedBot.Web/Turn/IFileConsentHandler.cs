using BreedBot.Connector.Schema;

namespace BreedBot.Web.Turn;

/// <summary>
/// A person's answer on a file consent card (<c>fileConsent/invoke</c>): accepted, so the file is uploaded to the place
/// Teams made for it, or declined. The router hands it on; MyData answers it, as it offers the only file BreedBot sends.
/// </summary>
internal interface IFileConsentHandler
{
    Task<TurnResult> HandleAsync(Activity activity, CancellationToken ct);
}
