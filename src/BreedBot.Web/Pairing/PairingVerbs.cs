namespace BreedBot.Web.Pairing;

/// <summary>The Action.Execute verbs pairing answers. The channel's welcome card carries <see cref="Start"/> (its template names it), the duo card the others.</summary>
public static class PairingVerbs
{
    /// <summary>The owners' "koppel duo's" button; its data carries the language the card was posted in.</summary>
    public const string Start = "pairing.start";

    /// <summary>The duo card's "sla volgende keer over", with a reason that is only counted (the same skip as on the reminder).</summary>
    public const string SkipNext = "duocard.skipnext";

    /// <summary>The duo card's "om de week": the presser chooses every two weeks; once every member has, the duo meets every two weeks.</summary>
    public const string EveryTwoWeeks = "duocard.everytwoweeks";

    /// <summary>The duo card's "weer elke week" / "toch elke week": back to every week, for the whole duo.</summary>
    public const string EveryWeek = "duocard.everyweek";

    /// <summary>"Ja, wissel" on the question a typed "wissel" gets; its data names the team and the presser's duo then.</summary>
    public const string Swap = "pairing.swap";

    /// <summary>"Nee, toch niet" on that question.</summary>
    public const string KeepDuo = "pairing.swap.keep";
}
