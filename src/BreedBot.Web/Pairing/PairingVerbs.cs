namespace BreedBot.Web.Pairing;

/// <summary>The Action.Execute verbs pairing answers. The channel's welcome card carries <see cref="Start"/> (its template names it).</summary>
public static class PairingVerbs
{
    /// <summary>The owners' "koppel duo's" button; its data carries the language the card was posted in.</summary>
    public const string Start = "pairing.start";
}
