namespace BreedBot.Domain.Teams;

/// <summary>
/// How often a team's duos are re-paired: every 4 to 26 weeks, or never (0). Default 8 weeks.
/// The next rotation is due once that many weeks have passed since the last pairing.
/// </summary>
public static class RotationInterval
{
    public const int DefaultWeeks = 8;
    public const int MinWeeks = 4;
    public const int MaxWeeks = 26;
    public const int Never = 0;

    public static bool IsValid(int weeks) => weeks == Never || weeks is >= MinWeeks and <= MaxWeeks;

    public static bool IsDue(DateTimeOffset lastPairedAt, int weeks, DateTimeOffset now) =>
        weeks != Never && now >= lastPairedAt.AddDays(7 * weeks);

    /// <summary>Reads "6", "6 weken", "nooit" / "never".</summary>
    public static bool TryParse(string? text, out int weeks)
    {
        weeks = Never;
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value is "nooit" or "never")
        {
            return true;
        }

        var number = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out weeks)
            && weeks != Never && IsValid(weeks);
    }
}
