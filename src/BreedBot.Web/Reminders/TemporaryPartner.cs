namespace BreedBot.Web.Reminders;

/// <summary>
/// Who could stand in while a partner is paused: a member of another duo in the team who is left
/// alone on <c>date</c> too, because their own partner(s) are paused. The first such member (by
/// name) is suggested; nothing is re-paired or stored — the two can simply agree to meet.
/// </summary>
internal static class TemporaryPartner
{
    public static string? For(IReadOnlyList<DuoContext> teamDuos, DuoContext mine, DateOnly date) =>
        teamDuos
            .Where(d => d.Schedule.Key != mine.Schedule.Key)
            .Select(d => d.Schedule.OrderedMembers.Where(m => d.Schedule.TakesPartOn(m, date)).ToList())
            .Where(present => present.Count == 1)
            .Select(present => mine.NameOf(present[0]))
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
