namespace BreedBot.Web.Meldcode;

/// <summary>The Action.Execute verbs of the meldcode guide; other flows may put them on their own cards.</summary>
public static class MeldcodeVerbs
{
    /// <summary>The overview of the five steps.</summary>
    public const string Open = "meldcode.open";

    /// <summary>One step's questions; data: <c>step</c> 1–5.</summary>
    public const string Step = "meldcode.step";

    /// <summary>An afwegingskader question; data: <c>question</c> 1–5, and <c>answer</c> "yes"/"no" once answered.</summary>
    public const string Kader = "meldcode.kader";
}
