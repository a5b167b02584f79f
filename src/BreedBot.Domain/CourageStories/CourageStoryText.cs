using BreedBot.Domain.Privacy;

namespace BreedBot.Domain.CourageStories;

/// <summary>What is wrong with a typed courage story, if anything.</summary>
public enum CourageStoryProblem
{
    Empty,
    TooLong,
    Identifying,
}

/// <summary>A typed courage story after its checks: the exact text that would be shown, or why not.</summary>
public sealed record CourageStoryCheck(string Text, CourageStoryProblem? Problem, PrivacyCheck Privacy)
{
    public bool IsAllowed => Problem is null;
}

/// <summary>
/// The rules for a courage story: cleaned (<see cref="FreeText.Clean"/>: no invisible or bidirectional
/// characters, trimmed), not empty, at most <see cref="FreeTextLimits.Text"/> characters as a person counts
/// them, and nothing the privacy guard finds identifying. The cleaned text is what the member confirms and
/// what the summary shows, character for character.
/// </summary>
public static class CourageStoryText
{
    public const int MaxLength = FreeTextLimits.Text;

    public static CourageStoryCheck Check(string? typed)
    {
        var text = FreeText.Clean(typed);

        // The guard gets the story as typed: it cleans it itself, and also reads a right-to-left override as displayed.
        var privacy = PrivacyGuard.Check(typed);
        CourageStoryProblem? problem =
            text.Length == 0 ? CourageStoryProblem.Empty
            : !FreeTextLimits.Fits(text, MaxLength) ? CourageStoryProblem.TooLong
            : !privacy.IsAllowed ? CourageStoryProblem.Identifying
            : null;
        return new CourageStoryCheck(text, problem, privacy);
    }
}
