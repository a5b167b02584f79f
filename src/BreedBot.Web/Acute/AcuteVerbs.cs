namespace BreedBot.Web.Acute;

/// <summary>
/// The acute-danger verbs. Every card in the personal chat carries <see cref="Open"/> as its last action (with
/// <c>"associatedInputs": "none"</c>, so it works on a half-filled card), a reflection's cards with a
/// <c>reflectionId</c> to come back to, which counts only when it is the clicker's own.
/// </summary>
public static class AcuteVerbs
{
    public const string Open = "acute.open";

    public const string Consult = "acute.consult";
}
