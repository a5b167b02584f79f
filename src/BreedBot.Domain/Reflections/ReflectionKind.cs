namespace BreedBot.Domain.Reflections;

/// <summary>How a reflection came to be: the eight steps, the three questions of a busy day, or a step set in a duo moment.</summary>
public enum ReflectionKind
{
    /// <summary>The eight steps ("reflectie"); every reflection stored before the others existed.</summary>
    Full,

    /// <summary>"korte reflectie": label, discomfort and next step on one card; it can be deepened into the eight steps.</summary>
    Quick,

    /// <summary>A next step set on the duo-moment card: only the step and its date, for its follow-up.</summary>
    DuoMoment,
}
