using BreedBot.Domain.Pairing;

namespace BreedBot.Benchmarks;

/// <summary>
/// A made-up but plausible team: roles skewed towards wijkteam and maatschappelijk werk,
/// experience skewed towards the early years with some unknown, most preferred moments on a few
/// popular slots, about 5 % with one to three "not with" choices.
/// </summary>
internal static class SyntheticTeam
{
    private static readonly (MemberRole Role, int Weight)[] Roles =
    [
        (MemberRole.Wijkteam, 30), (MemberRole.MaatschappelijkWerk, 20), (MemberRole.Wijkverpleging, 15),
        (MemberRole.Poh, 10), (MemberRole.Doktersassistent, 8), (MemberRole.VeiligThuis, 6),
        (MemberRole.Vrouwenopvang, 4), (MemberRole.CasemanagerDementie, 4), (MemberRole.Anders, 3),
    ];

    private static readonly WeeklyMoment[] PopularSlots =
    [
        new(DayOfWeek.Monday, new TimeOnly(9, 0)), new(DayOfWeek.Tuesday, new TimeOnly(13, 0)),
        new(DayOfWeek.Thursday, new TimeOnly(9, 30)), new(DayOfWeek.Friday, new TimeOnly(10, 0)),
    ];

    public static List<PairingCandidate> Generate(int size, ulong seed)
    {
        var dice = new Xorshift64Star(seed);
        var keys = Enumerable.Range(0, size).Select(i => $"member-{i:D4}").ToArray();
        return [.. keys.Select(key => new PairingCandidate(key, Role(dice), Experience(dice), Moment(dice), NotWith(dice, keys, key)))];
    }

    private static MemberRole Role(Xorshift64Star dice)
    {
        var roll = dice.Below(Roles.Sum(r => r.Weight));
        foreach (var (role, weight) in Roles)
        {
            if ((roll -= weight) < 0)
            {
                return role;
            }
        }

        return MemberRole.Anders;
    }

    private static int? Experience(Xorshift64Star dice) =>
        dice.Chance(0.1) ? null : Math.Min(dice.Below(31), dice.Below(31));

    private static WeeklyMoment Moment(Xorshift64Star dice)
    {
        if (dice.Chance(0.7))
        {
            var slot = PopularSlots[dice.Below(PopularSlots.Length)];
            return slot with { Time = slot.Time.AddMinutes(15 * (dice.Below(5) - 2)) };
        }

        return new WeeklyMoment((DayOfWeek)(1 + dice.Below(5)), new TimeOnly(8 + dice.Below(9), 15 * dice.Below(4)));
    }

    private static HashSet<string> NotWith(Xorshift64Star dice, string[] keys, string self)
    {
        if (!dice.Chance(0.05))
        {
            return [];
        }

        var count = 1 + dice.Below(3);
        return [.. Enumerable.Range(0, count).Select(_ => keys[dice.Below(keys.Length)]).Where(k => k != self)];
    }
}
