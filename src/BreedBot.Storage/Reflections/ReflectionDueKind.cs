namespace BreedBot.Storage.Reflections;

/// <summary>What is due for a reflection: the follow-up of its step, or the one unsafety reminder.</summary>
public enum ReflectionDueKind
{
    FollowUp,
    Nudge,
}
