namespace BreedBot.Domain.Reflections;

/// <summary>Where the professional is in the meldcode: not started, or step 1 to 5.</summary>
public enum MeldcodeStage
{
    NotStarted = 0,
    Signals = 1,
    Consultation = 2,
    ClientConversation = 3,
    Weighing = 4,
    Deciding = 5,
}
