namespace BreedBot.Web.Cards;

/// <summary>
/// A template could not be bound: a placeholder has no value, or the template uses syntax
/// outside the subset BreedBot supports. Always a programming error, never user input.
/// </summary>
public sealed class CardBindingException : Exception
{
    public CardBindingException()
    {
    }

    public CardBindingException(string message)
        : base(message)
    {
    }

    public CardBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CardBindingException(string message, string path)
        : base(message)
    {
        Path = path;
    }

    /// <summary>The binding path that failed, when the failure concerns one.</summary>
    public string? Path { get; }
}
