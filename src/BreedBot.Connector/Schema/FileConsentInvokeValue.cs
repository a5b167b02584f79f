using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>The <c>value</c> of a <c>fileConsent/invoke</c>: the person's answer on a file consent card.</summary>
public sealed class FileConsentInvokeValue
{
    public const string InvokeName = "fileConsent/invoke";

    public const string Accept = "accept";

    public const string Decline = "decline";

    /// <summary><c>fileUpload</c>.</summary>
    public string? Type { get; set; }

    /// <summary><see cref="Accept"/> or <see cref="Decline"/>.</summary>
    public string? Action { get; set; }

    /// <summary>The accept or decline context of the card, as the bot sent it (or as a forger wrote it).</summary>
    public JsonElement? Context { get; set; }

    /// <summary>Where to put the file, after an accept.</summary>
    public FileUploadInfo? UploadInfo { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The place Teams made for an accepted file: PUT the bytes to <see cref="UploadUrl"/>, show it by <see cref="ContentUrl"/>.</summary>
public sealed class FileUploadInfo
{
    public string? Name { get; set; }

    public string? UploadUrl { get; set; }

    public string? ContentUrl { get; set; }

    public string? UniqueId { get; set; }

    public string? FileType { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
