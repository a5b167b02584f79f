namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// Who could stand in while a partner is paused: a member of another duo in the team who is left alone on the date
/// too, because their own partner(s) are paused. The first such member by name is suggested; nothing is re-paired or
/// stored — the two can simply agree to meet.
/// </summary>
public static class TemporaryPartner
{
    /// <param name="nameOf">A member's name as the team's rows hold it (null when not known; such a member is not suggested).</param>
    public static string? For(IEnumerable<DuoSchedule> teamDuos, DuoSchedule mine, DateOnly date, Func<string, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(teamDuos);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(nameOf);
        return teamDuos
            .Where(d => d.Key != mine.Key)
            .Select(d => d.OrderedMembers.Where(m => d.TakesPartOn(m, date)).ToList())
            .Where(present => present.Count == 1)
            .Select(present => nameOf(present[0]))
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
