namespace BreedBot.Domain.Courage;

/// <summary>Whether a courageous step someone chose was taken: ja, deels, nog niet.</summary>
public enum StepOutcome
{
    Ja,
    Deels,
    NogNiet,
}
