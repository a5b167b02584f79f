namespace BreedBot.Domain.Pairing;

/// <summary>
/// The professional group a member works in, for the meldcode: the sector versions of the meldcode and
/// the afwegingskader differ per group (<see cref="Meldcode.ClusterNotes"/>). Stored by name with the
/// member's join answers, so a name never changes: <see cref="VerpleegkundigeVerzorgende"/> is
/// wijkverpleging and thuiszorg, <see cref="SociaalWerk"/> the wijkteam and sociaal werk. The order here
/// is the order of the choices. Pairing does not use it.
/// </summary>
public enum Beroepscluster
{
    SociaalWerk,
    MaatschappelijkWerk,
    Jeugdhulp,
    Arts,
    Praktijkondersteuning,
    VerpleegkundigeVerzorgende,
    Ggz,
    Onderwijs,
    Kinderopvang,
    VeiligThuisOpvang,
    Anders,
}
