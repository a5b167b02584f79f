
namespace BreedBot.Domain.Meldcode;

/// <summary>One step of the meldcode: its name, what it asks of you, and the questions to ask yourself there.</summary>
public sealed record MeldcodeStepGuide(MeldcodeStep Step, BilingualText Title, BilingualText Asks, IReadOnlyList<BilingualText> Questions)
{
    public int Number => (int)Step;

    /// <summary>From step 4 (wegen) on, the afwegingskader's five questions apply.</summary>
    public bool UsesAfwegingskader => Step >= MeldcodeStep.Weighing;
}
