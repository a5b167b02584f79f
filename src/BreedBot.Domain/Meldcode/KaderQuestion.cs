namespace BreedBot.Domain.Meldcode;

/// <summary>The five questions of the afwegingskader (NJi), asked one by one from step 4.</summary>
public enum KaderQuestion
{
    Vermoeden = 1,
    AcuutOfStructureel = 2,
    HulpMogelijk = 3,
    HulpAanvaard = 4,
    HulpResultaat = 5,
}
