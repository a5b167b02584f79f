namespace BreedBot.Connector.Files;

/// <summary>An upload that did not succeed; the message holds the status only, never the URL (it carries a credential).</summary>
public sealed class FileUploadException : Exception
{
    public FileUploadException()
    {
    }

    public FileUploadException(string message)
        : base(message)
    {
    }

    public FileUploadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status, or 0 when no answer came.</summary>
    public int StatusCode { get; init; }
}
