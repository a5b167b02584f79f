namespace BreedBot.Domain.Privacy;

/// <summary>
/// Free-text fields are short by design (BreedBot is not a dossier). Counted in UTF-16 units, as
/// an Adaptive Card's maxLength counts them, so the card and the server agree.
/// </summary>
public static class FreeTextLimits
{
    public const int Label = 40;
    public const int Text = 500;

    public static bool Fits(string? text, int limit) => (text?.Trim().Length ?? 0) <= limit;
}
