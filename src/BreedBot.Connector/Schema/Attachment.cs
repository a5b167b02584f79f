using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>An attachment, usually an Adaptive Card (<see cref="AdaptiveCardContentType"/>).</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public const string FileConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string FileInfoContentType = "application/vnd.microsoft.teams.card.file.info";

    public string? ContentType { get; set; }

    /// <summary>The file name, on a file consent or file info card.</summary>
    public string? Name { get; set; }

    /// <summary>Where an uploaded file lives, on a file info card.</summary>
    public string? ContentUrl { get; set; }

    public JsonNode? Content { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = AdaptiveCardContentType, Content = card };

    /// <summary>
    /// Asks the person in a personal chat whether the bot may put a file in their OneDrive; Teams answers with a
    /// <c>fileConsent/invoke</c> carrying <paramref name="context"/> back (the accept or the decline context).
    /// </summary>
    public static Attachment FileConsent(string name, string description, long sizeInBytes, JsonNode context) => new()
    {
        ContentType = FileConsentContentType,
        Name = name,
        Content = new JsonObject
        {
            ["description"] = description,
            ["sizeInBytes"] = sizeInBytes,
            ["acceptContext"] = context.DeepClone(),
            ["declineContext"] = context.DeepClone(),
        },
    };

    /// <summary>Shows a file the bot uploaded, from the <see cref="FileUploadInfo"/> Teams gave for it.</summary>
    public static Attachment FileInfo(FileUploadInfo upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return new()
        {
            ContentType = FileInfoContentType,
            Name = upload.Name,
            ContentUrl = upload.ContentUrl,
            Content = new JsonObject { ["uniqueId"] = upload.UniqueId, ["fileType"] = upload.FileType },
        };
    }
}
