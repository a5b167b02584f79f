namespace BreedBot.Domain.Pairing;

/// <summary>
/// The seed of a team's rotation, derived from the team and the rotation number: the same round
/// always gives the same duos (a retry cannot reshuffle), and no dice are read.
/// </summary>
public static class PairingSeed
{
    public static int For(string teamId, int rotation)
    {
        // FNV-1a: string.GetHashCode differs between processes.
        var hash = 2166136261u;
        foreach (var c in teamId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ (uint)rotation) * 16777619u;
        return unchecked((int)hash);
    }
}
