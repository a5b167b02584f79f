using System.Net;

namespace BreedBot.Connector.Graph;

/// <summary>A Graph look-up that gave no answer; the message holds the status and kind only, never a body.</summary>
public sealed class GraphException : Exception
{
    public GraphException()
    {
    }

    public GraphException(string message)
        : base(message)
    {
    }

    public GraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphException(GraphErrorKind kind, HttpStatusCode statusCode = 0, Exception? innerException = null)
        : base($"Graph team members: {kind}{(statusCode == 0 ? "" : $" ({(int)statusCode})")}.", innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
    }

    public GraphErrorKind Kind { get; }

    /// <summary>The HTTP status, or 0 when no answer came.</summary>
    public HttpStatusCode StatusCode { get; }
}
