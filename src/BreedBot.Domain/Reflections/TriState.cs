namespace BreedBot.Domain.Reflections;

/// <summary>Ja / nee / weet ik niet: the kindcheck and the unsafety questions allow not knowing.</summary>
public enum TriState
{
    Yes,
    No,
    Unknown,
}
