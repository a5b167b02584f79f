using BreedBot.Domain.Scheduling;

namespace BreedBot.Domain.Settings;

/// <summary>
/// The time zones owners can choose: the Netherlands first, then the neighbouring countries and the
/// Caribbean parts of the Kingdom, where Dutch teams also work. A short list, not every IANA id: a
/// team picks from what is plausible, and a submitted id outside it is refused.
/// </summary>
public static class TeamTimeZones
{
    public static IReadOnlyList<string> Offered { get; } =
    [
        ZoneChoice.DefaultId,
        "Europe/Brussels",
        "Europe/Luxembourg",
        "Europe/Berlin",
        "Europe/Paris",
        "Europe/London",
        "America/Curacao",
        "America/Aruba",
        "America/Kralendijk",
        "America/Lower_Princes",
        "America/Paramaribo",
        "UTC",
    ];

    public static bool IsOffered(string? id) => id is not null && Offered.Contains(id, StringComparer.Ordinal);
}
