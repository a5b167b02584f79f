namespace BreedBot.Domain.Reflections;

/// <summary>What hinders courage (belemmerende factoren), in the order of the Movisie article.</summary>
public enum HinderingFactor
{
    ControlCulture,
    NoEthicalClimate,
    MissingKnowledge,
    NoAutonomy,
    CourageNotDiscussed,
    NoTimeForReflection,
}
