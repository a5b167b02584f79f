namespace BreedBot.Web.Reflections;

/// <summary>The Action.Execute verbs of the reflection flow.</summary>
public static class ReflectionVerbs
{
    /// <summary>"Start een reflectie" on the weekly duo reminder (the duo-reminder template names it).</summary>
    public const string StartFromReminder = "reflect.start";
}
