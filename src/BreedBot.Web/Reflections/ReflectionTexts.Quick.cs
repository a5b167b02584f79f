namespace BreedBot.Web.Reflections;

/// <summary>
/// The words of the reflections made without the eight steps, Dutch and English side by side: the short one ("korte
/// reflectie") with its "verdiepen", and the step set in a duo moment.
/// </summary>
internal sealed partial class ReflectionTexts
{
    /// <summary>What stands for the label of a step set in a duo moment, which has none (only the step is kept).</summary>
    public string FromDuoMoment => en ? "Your step from the duo moment" : "Je stap uit het duomoment";

    public string QuickTitle => en ? "A quick reflection" : "Een korte reflectie";

    public string QuickIntro => en
        ? "Three questions for a busy day. It counts like a full reflection, and you can deepen it into the eight steps later."
        : "Drie vragen voor een drukke dag. Hij telt als een hele reflectie, en je kunt hem later verdiepen in de acht stappen.";

    public string QuickCasus => en ? "1 · Which casus? (a label only)" : "1 · Welke casus? (alleen een label)";

    public string QuickFeeling => en ? "2 · What do you feel, and how strongly?" : "2 · Wat voel je, en hoe sterk?";

    public string QuickStep => en ? "3 · Your next step, and by when" : "3 · Je volgende stap, en wanneer";

    public string QuickSubmit => en ? "Done" : "Klaar";

    public string DeepenButton => en ? "Deepen (eight steps)" : "Verdiepen (acht stappen)";

    public string DeepenedAlready => en
        ? "This reflection is already being deepened: type 'reflection' to carry on where you stopped."
        : "Deze reflectie verdiep je al: typ 'reflectie' om verder te gaan waar je was.";
}
