namespace BreedBot.Domain.Reflections;

/// <summary>With whom the next courageous step is taken.</summary>
public enum StepPartner
{
    DuoPartner,
    Aandachtsfunctionaris,
    VeiligThuis,
    Client,
    Other,
}
