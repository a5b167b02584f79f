using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.Pairing;

/// <summary>Builds candidates for the pairing tests and checks the invariants every result keeps.</summary>
internal static class TestCandidates
{
    public static readonly WeeklyMoment TuesdayMorning = new(DayOfWeek.Tuesday, new TimeOnly(9, 0));

    public static PairingCandidate Member(
        string key,
        MemberRole role = MemberRole.Wijkteam,
        int? years = 5,
        WeeklyMoment? moment = null,
        params string[] notWith) =>
        new(key, role, years, moment ?? TuesdayMorning, new HashSet<string>(notWith, StringComparer.Ordinal));

    /// <summary>Members m00, m01, … with varied roles, experience and moments.</summary>
    public static List<PairingCandidate> Team(int count)
    {
        var roles = Enum.GetValues<MemberRole>();
        return
        [
            .. Enumerable.Range(0, count).Select(i => Member(
                $"m{i:D3}",
                roles[i % roles.Length],
                i % 20,
                new WeeklyMoment((DayOfWeek)(1 + (i % 3)), new TimeOnly(9 + (i % 4), 0)))),
        ];
    }

    /// <summary>Every candidate is in exactly one duo or listed as unpaired, and no duo breaks a "not with".</summary>
    public static void AssertValid(PairingResult result, IReadOnlyList<PairingCandidate> candidates)
    {
        var seen = result.Duos.SelectMany(d => d.Members).Concat(result.Unpaired).ToList();
        Assert.Equal(candidates.Select(c => c.MemberKey).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.All(result.Duos, d => Assert.InRange(d.Members.Count, 2, 3));
        var placed = result.Duos.Sum(d => d.Members.Count);
        Assert.Equal(placed % 2, result.Duos.Count(d => d.Members.Count == 3));
        var byKey = candidates.ToDictionary(c => c.MemberKey);
        foreach (var duo in result.Duos)
        {
            foreach (var a in duo.Members)
            {
                foreach (var b in duo.Members.Where(b => b != a))
                {
                    Assert.DoesNotContain(b, byKey[a].NotWith);
                }
            }
        }
    }

    public static HashSet<string> PartnersOf(PairingResult result, string member) =>
        [.. result.Duos.Where(d => d.Members.Contains(member)).SelectMany(d => d.Members).Where(m => m != member)];
}
