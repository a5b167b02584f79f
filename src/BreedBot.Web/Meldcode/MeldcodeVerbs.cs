namespace BreedBot.Web.Meldcode;

/// <summary>The Action.Execute verbs of the meldcode guide and the acute path; other flows may put them on their own cards.</summary>
public static class MeldcodeVerbs
{
    /// <summary>The overview of the five steps.</summary>
    public const string Open = "meldcode.open";

    /// <summary>One step's questions; data: <c>step</c> 1–5.</summary>
    public const string Step = "meldcode.step";

    /// <summary>An afwegingskader question; data: <c>question</c> 1–5, and <c>answer</c> "yes"/"no" once answered.</summary>
    public const string Kader = "meldcode.kader";

    /// <summary>
    /// The acute card. Every card in the personal chat carries it as its last action (with
    /// <c>"associatedInputs": "none"</c>, so it works on a half-filled card), a reflection's cards with a
    /// <c>reflectionId</c> to come back to, which counts only when it is the clicker's own.
    /// </summary>
    public const string AcuteOpen = "acute.open";

    /// <summary>"Vraag nu om overleg" on the acute card: the urgent consult.</summary>
    public const string AcuteConsult = "acute.consult";
}
