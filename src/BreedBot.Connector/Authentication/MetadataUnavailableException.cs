namespace BreedBot.Connector.Authentication;

/// <summary>The OpenID metadata or its key set could not be fetched and no earlier copy is cached.</summary>
public sealed class MetadataUnavailableException : Exception
{
    public MetadataUnavailableException()
    {
    }

    public MetadataUnavailableException(string message)
        : base(message)
    {
    }

    public MetadataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
