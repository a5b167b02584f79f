namespace BreedBot.Domain.Pairing;

/// <summary>Measures an organisation pool's duos, to compare the pool pairing with random pairing on the same inputs.</summary>
public static class PoolQuality
{
    /// <summary>
    /// The team pairing's figures (<see cref="PairingQuality"/>: repeats, mixed roles, agreed moments), and for the pool:
    /// the share of duos whose members all differ in beroepsgroep (when both said which), of duos with two people of one
    /// team, and of duos that break a "not with".
    /// </summary>
    public static PoolQualityFigures Measure(IReadOnlyList<Duo> duos, IReadOnlyList<PoolCandidate> candidates, PairingHistory history, int recentRotations)
    {
        ArgumentNullException.ThrowIfNull(duos);
        var people = PoolPairer.Candidates(candidates);
        var team = PairingQuality.Measure(duos, people, history, recentRotations);
        if (duos.Count == 0)
        {
            return new PoolQualityFigures(team, 0, 0, 0);
        }

        var byKey = people.ToDictionary(c => c.MemberKey, StringComparer.Ordinal);
        var own = candidates.ToLookup(c => c.Candidate.MemberKey, c => c.TeamId, StringComparer.Ordinal);
        var ownNotWith = candidates.ToLookup(c => c.Candidate.MemberKey, c => c.Candidate.NotWith, StringComparer.Ordinal);
        double count = duos.Count;
        return new PoolQualityFigures(
            team,
            duos.Count(d => Pairs(d).All(p => byKey[p.A].Cluster is { } a && byKey[p.B].Cluster is { } b && a != b)) / count,
            duos.Count(d => Pairs(d).Any(p => own[p.A].Intersect(own[p.B], StringComparer.Ordinal).Any())) / count,
            duos.Count(d => Pairs(d).Any(p => ownNotWith[p.A].Any(n => n.Contains(p.B)) || ownNotWith[p.B].Any(n => n.Contains(p.A)))) / count);
    }

    private static IEnumerable<(string A, string B)> Pairs(Duo duo) =>
        duo.Members.SelectMany((a, i) => duo.Members.Skip(i + 1).Select(b => (a, b)));
}

/// <summary>
/// The quality of one pool rotation: the team pairing's figures, the share of duos of different beroepsgroepen
/// (higher is better), and the shares of duos within one team and of duos breaking a "not with" (the pool pairing
/// keeps both at zero).
/// </summary>
public sealed record PoolQualityFigures(PairingQualityFigures Team, double MixedClusterShare, double SameTeamRate, double NotWithBrokenRate);
