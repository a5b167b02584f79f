namespace BreedBot.Domain.Courage;

/// <summary>The five steps of the meldcode huiselijk geweld en kindermishandeling, numbered as the law's basic model.</summary>
public enum MeldcodeStep
{
    SignalenInKaart = 1,
    CollegialeConsultatie = 2,
    GesprekMetClient = 3,
    Wegen = 4,
    Beslissen = 5,
}
