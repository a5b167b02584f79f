using BreedBot.Domain.Privacy;
using BreedBot.Domain.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>Every free-text field of a reflection goes through the privacy guard and the shared length limits.</summary>
internal static class ReflectionTextRules
{
    public static FreeTextRules Rules { get; } = new(FreeTextLimits.Label, FreeTextLimits.Text, text => !PrivacyGuard.Check(text).IsAllowed);
}
