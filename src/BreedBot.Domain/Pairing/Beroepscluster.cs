namespace BreedBot.Domain.Pairing;

/// <summary>
/// The professional cluster the afwegingskader of the meldcode is written for. Stored with the
/// member's join answers; pairing does not use it.
/// </summary>
public enum Beroepscluster
{
    SociaalWerk,
    VerpleegkundigeVerzorgende,
    Arts,
    Anders,
}
