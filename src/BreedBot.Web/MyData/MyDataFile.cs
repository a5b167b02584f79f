using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BreedBot.Connector.Files;
using BreedBot.Connector.Schema;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.MyData;

/// <summary>
/// The machine-readable copy (AVG art. 20) through Teams' file consent: BreedBot offers the JSON file in the personal
/// chat, Teams asks the person, and on Allow hands BreedBot a place in their OneDrive to PUT it. The card's context
/// holds no data, only a fingerprint of whom it was offered to: the file is built when the accept arrives, from the
/// data of the one who accepted, and an accept by anyone else — a forged invoke, another person — gets nothing.
/// </summary>
internal sealed class MyDataFile(PersonalDataReport report, FileUploadClient uploads, UploadUrlPolicy uploadUrls, BotMessenger messenger, TimeProvider time, ILogger<MyDataFile> logger)
    : IFileConsentHandler
{
    private const string OfferName = "mydata";

    /// <summary>Sends the file consent card below the export; its size is the file's as it is now.</summary>
    public async Task OfferAsync(Activity activity, IReadOnlyList<KindSection> sections, UserLanguage language, CancellationToken ct)
    {
        if (Fingerprint(activity) is not { } fingerprint)
        {
            return;
        }

        var t = MyDataTexts.For(language);
        var now = time.GetUtcNow();
        var size = PersonalDataFile.Build(sections, now, language).Length;
        var context = new JsonObject { ["offer"] = OfferName, ["for"] = fingerprint };
        await messenger.ReplyAttachmentAsync(activity, Attachment.FileConsent(t.FileName(now), t.FileDescription, size, context), t.FileSummary, ct);
        Log.PersonalDataFileOffered(logger, size);
    }

    public async Task<TurnResult> HandleAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var t = MyDataTexts.For(language);
        var value = activity.GetValue<FileConsentInvokeValue>();
        if (CardVerb.IsShared(activity))
        {
            // Teams offers files only in a personal chat: this came from somewhere else, so nobody is answered there.
            return Refused("shared conversation");
        }

        if (value is null || !IsForSender(value.Context, activity))
        {
            return Refused("not offered to this person");
        }

        if (value.Action == FileConsentInvokeValue.Decline)
        {
            await messenger.ReplyTextAsync(activity, t.FileDeclined, ct);
            Log.PersonalDataFileAnswered(logger, "declined", 0);
            return TurnResult.Invoke(InvokeResponse.Ok());
        }

        if (value.Action != FileConsentInvokeValue.Accept || value.UploadInfo is not { UploadUrl: { } uploadUrl } upload || !uploadUrls.IsAllowed(uploadUrl))
        {
            return Refused("no upload place Teams gives out");
        }

        var file = PersonalDataFile.Build(await report.ReadAsync(activity, language, ct), time.GetUtcNow(), language);
        try
        {
            await uploads.UploadAsync(uploadUrl, file, ct);
        }
        catch (FileUploadException e)
        {
            Log.PersonalDataFileUploadFailed(logger, e.StatusCode, file.Length);
            await messenger.ReplyTextAsync(activity, t.FileFailed, ct);
            return TurnResult.Invoke(InvokeResponse.Ok());
        }

        await messenger.ReplyAttachmentAsync(activity, Attachment.FileInfo(upload), t.FileSummary, ct);
        Log.PersonalDataFileAnswered(logger, "uploaded", file.Length);
        return TurnResult.Invoke(InvokeResponse.Ok());
    }

    private TurnResult Refused(string reason)
    {
        Log.FileConsentRefused(logger, reason);
        return TurnResult.Invoke(new InvokeResponse(StatusCodes.Status403Forbidden, null));
    }

    private static bool IsForSender(JsonElement? context, Activity activity) =>
        context is { ValueKind: JsonValueKind.Object } c
        && c.TryGetProperty("offer", out var offer) && offer.ValueKind == JsonValueKind.String && offer.GetString() == OfferName
        && c.TryGetProperty("for", out var who) && who.ValueKind == JsonValueKind.String
        && Fingerprint(activity) is { } expected
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(who.GetString()!));

    /// <summary>Whom the offer is for, as a hash of tenant and person: it identifies nobody to whoever reads the card.</summary>
    private static string? Fingerprint(Activity activity) =>
        activity.GetTenantId() is { } tenantId && ActivityAddress.UserKey(activity.From) is { } userKey
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenantId + "|" + userKey)))[..32]
            : null;
}
