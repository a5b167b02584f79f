namespace BreedBot.Web.Kernel;

/// <summary>
/// The courage-story form opened from another feature's card: the thanks after a follow-up answered "ja, gedaan" offers
/// it once, and the form comes with an empty text field, whatever the button's data says, so the story is in the
/// teller's own words.
/// </summary>
public static class CourageStoryOpening
{
    public const string Verb = "courage.open";
}
