namespace BreedBot.Domain.Reflections;

/// <summary>What helps courage (bevorderende factoren), in the order of the Movisie article.</summary>
public enum HelpingFactor
{
    Awareness,
    AppreciativeEnvironment,
    EthicalClimate,
    Knowledge,
    RoleModels,
    LivedExperience,
    Intervision,
}
