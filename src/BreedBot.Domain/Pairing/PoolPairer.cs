namespace BreedBot.Domain.Pairing;

/// <summary>
/// Pairs the members of an organisation's pooled teams across those teams: the <see cref="DuoPairer"/> with two more
/// rules. Two people who share a team are never placed together — the pool is for a partner from outside — so each
/// candidate's "not with" is widened with everyone who shares a team with them (pooled or not), a hard rule like any
/// "not with". And the
/// <see cref="PairingWeights.Pool"/> weights prefer a different beroepsgroep and role ("maak het breed": a POH with a
/// wijkteam worker). Recent pool partners are avoided as in a team, through the pool's own <see cref="PairingHistory"/>.
/// Pure and deterministic: the same candidates (in any order), history and seed give the same duos.
/// </summary>
public static class PoolPairer
{
    public static PairingResult Pair(IReadOnlyList<PoolCandidate> candidates, PairingHistory history, int seed, PairingWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return DuoPairer.Pair(Candidates(candidates), history, seed, weights ?? PairingWeights.Pool);
    }

    /// <summary>
    /// One candidate per person, whose "not with" holds their own choices in every team they were offered from and
    /// everyone who shares one of those teams with them.
    /// </summary>
    public static IReadOnlyList<PairingCandidate> Candidates(IReadOnlyList<PoolCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var byPerson = candidates
            .OrderBy(c => c.TeamId, StringComparer.Ordinal)
            .GroupBy(c => c.Candidate.MemberKey, StringComparer.Ordinal)
            .ToList();
        var teamsOf = byPerson.ToDictionary(
            g => g.Key, g => g.SelectMany(c => c.OtherTeams.Append(c.TeamId)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var membersOf = teamsOf
            .SelectMany(person => person.Value.Select(team => (Team: team, Member: person.Key)))
            .GroupBy(t => t.Team, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Member).ToList(), StringComparer.Ordinal);
        return
        [
            .. byPerson.Select(person =>
            {
                var notWith = new HashSet<string>(person.SelectMany(c => c.Candidate.NotWith), StringComparer.Ordinal);
                foreach (var team in teamsOf[person.Key])
                {
                    notWith.UnionWith(membersOf[team].Where(key => key != person.Key));
                }

                // The answers of their first team (by id) stand for the person; a role is one person's, not a team's.
                return person.First().Candidate with { NotWith = notWith };
            }),
        ];
    }
}
