namespace BreedBot.Domain.Pairing;

/// <summary>
/// The quality of one rotation's duos, each a share between 0 and 1: duos that repeat a recent
/// pair (lower is better), duos of mixed roles and duos with an agreed moment (higher is better).
/// </summary>
public sealed record PairingQualityFigures(int DuoCount, double RepeatRate, double MixedRoleShare, double AgreedMomentShare);
