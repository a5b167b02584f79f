namespace BreedBot.Domain.Meldcode;

/// <summary>
/// The five steps of the meldcode huiselijk geweld en kindermishandeling, numbered as the law's basic model, and
/// <see cref="NotStarted"/> for a professional who has not begun it. The names are stored (in a reflection's
/// answers, in card inputs): renaming a member breaks what is stored.
/// </summary>
public enum MeldcodeStep
{
    NotStarted = 0,
    Signals = 1,
    Consultation = 2,
    ClientConversation = 3,
    Weighing = 4,
    Deciding = 5,
}
