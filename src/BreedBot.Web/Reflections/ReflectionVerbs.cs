namespace BreedBot.Web.Reflections;

/// <summary>
/// The Action.Execute verbs of the reflection flow. Two reach it from other features' cards, which name them in their
/// templates: <see cref="StartFromReminder"/> on the duo reminder, <see cref="Resume"/> on the acute card.
/// </summary>
public static class ReflectionVerbs
{
    /// <summary>"Nieuwe reflectie" on the list of open reflections.</summary>
    public const string New = "reflection.new";

    /// <summary>"Start een reflectie" on the weekly duo reminder: the first step comes as a new message.</summary>
    public const string StartFromReminder = "reflect.start";

    /// <summary>"Verder" on the list, and "terug naar mijn reflectie" on the acute card: the current step again.</summary>
    public const string Resume = "reflection.resume";

    public const string Next = "reflection.next";

    public const string Back = "reflection.back";

    public const string Later = "reflection.later";

    /// <summary>"Veilig Thuis gebeld / melding gedaan" on the summary and on the unsafety reminder.</summary>
    public const string VeiligThuis = "reflection.vt";

    /// <summary>The partner's response on a shared reflection.</summary>
    public const string Respond = "reflection.respond";

    /// <summary>"Klaar" on the short reflection's card.</summary>
    public const string Quick = "reflection.quick";

    /// <summary>"Verdiepen" on a short reflection's summary: the eight steps, every answer kept.</summary>
    public const string Deepen = "reflection.deepen";

    /// <summary>The answer to the follow-up of the courageous step.</summary>
    public const string FollowUp = "reflection.followup";
}
