namespace BreedBot.Testing;

/// <summary>
/// The stand-in as the place Teams makes for a file a person accepted (the <c>uploadUrl</c> of a <c>fileConsent/invoke</c>):
/// a PUT to <see cref="UploadUrl"/> is recorded like any request and answered as OneDrive answers a finished upload.
/// </summary>
public sealed partial class ConnectorStandIn
{
    private const string UploadSegment = "upload";

    /// <summary>An upload URL on the stand-in, unique per <paramref name="name"/>.</summary>
    public string UploadUrl(string name) => new Uri(ServiceUrl, UploadSegment + "/" + Uri.EscapeDataString(name)).ToString();

    /// <summary>Every upload PUT received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Uploads =>
        [.. Requests.Where(r => r.Is("PUT", "/" + UploadSegment + "/"))];
}
