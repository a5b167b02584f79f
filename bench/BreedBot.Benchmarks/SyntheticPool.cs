using BreedBot.Domain.Pairing;

namespace BreedBot.Benchmarks;

/// <summary>
/// Small teams of one organisation that pooled, each mostly of one beroepsgroep as small teams are: a GP practice (POH,
/// doktersassistent), a wijkteam, a wijkverpleging team, a youth team, a Veilig Thuis desk. Two to six members each
/// chose "ook een duopartner buiten mijn team"; their moments and "not with" as in <see cref="SyntheticTeam"/>. A
/// member of a second team now and then is offered by both.
/// </summary>
internal static class SyntheticPool
{
    private static readonly (Beroepscluster Cluster, MemberRole Role, MemberRole Other)[] Kinds =
    [
        (Beroepscluster.Praktijkondersteuning, MemberRole.Poh, MemberRole.Doktersassistent),
        (Beroepscluster.SociaalWerk, MemberRole.Wijkteam, MemberRole.MaatschappelijkWerk),
        (Beroepscluster.VerpleegkundigeVerzorgende, MemberRole.Wijkverpleging, MemberRole.CasemanagerDementie),
        (Beroepscluster.Jeugdhulp, MemberRole.Wijkteam, MemberRole.Anders),
        (Beroepscluster.VeiligThuisOpvang, MemberRole.VeiligThuis, MemberRole.Vrouwenopvang),
    ];

    public static List<PoolCandidate> Generate(int teams, ulong seed)
    {
        var dice = new Xorshift64Star(seed);
        var pool = new List<PoolCandidate>();
        for (var t = 0; t < teams; t++)
        {
            var kind = Kinds[dice.Below(Kinds.Length)];
            var size = 2 + dice.Below(5);
            var people = SyntheticTeam.Generate(size, seed + (ulong)t);
            pool.AddRange(people.Select((person, i) => new PoolCandidate(
                person with
                {
                    MemberKey = $"team-{t:D3}-member-{i}",
                    Role = dice.Chance(0.7) ? kind.Role : kind.Other,
                    // Now and then someone of another group works in the team (a wijkverpleegkundige in a GP practice).
                    Cluster = dice.Chance(0.85) ? kind.Cluster : Kinds[dice.Below(Kinds.Length)].Cluster,
                    NotWith = new HashSet<string>(),
                },
                $"team-{t:D3}")));
        }

        // About 5 % would rather not be paired with one person of another team.
        return [.. pool.Select(c => dice.Chance(0.05)
            ? c with { Candidate = c.Candidate with { NotWith = new HashSet<string> { pool[dice.Below(pool.Count)].Candidate.MemberKey } } }
            : c)];
    }
}
