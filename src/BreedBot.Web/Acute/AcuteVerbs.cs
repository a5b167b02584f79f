namespace BreedBot.Web.Acute;

/// <summary>
/// The acute-danger verbs. Any card may carry <see cref="Open"/> (with <c>"associatedInputs": "none"</c>,
/// so it works on a half-filled card), optionally with a <c>reflectionId</c> to come back to.
/// </summary>
public static class AcuteVerbs
{
    public const string Open = "acute.open";

    public const string Consult = "acute.consult";

    /// <summary>
    /// The verb of "back to my reflection", carrying <c>reflectionId</c>. The reflection flow owns
    /// it; this is the seam where the acute card hands back.
    /// </summary>
    public const string ResumeReflection = "reflection.resume";
}
