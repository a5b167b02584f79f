namespace BreedBot.Domain.Privacy;

/// <summary>
/// Free-text fields are short by design (BreedBot is not a dossier). Counted as a person sees characters
/// (text elements: an emoji or an accented letter is one), after <see cref="FreeText.Clean"/>. The cards'
/// own maxLength counts UTF-16 units, so they allow <see cref="CardUnitsPerCharacter"/> per character.
/// </summary>
public static class FreeTextLimits
{
    public const int Label = 40;
    public const int Text = 500;

    /// <summary>An emoji takes two to four UTF-16 units (more for a family); the server counts the characters.</summary>
    public const int CardUnitsPerCharacter = 4;

    public static bool Fits(string? text, int limit) => FreeText.Length(FreeText.Clean(text)) <= limit;
}
