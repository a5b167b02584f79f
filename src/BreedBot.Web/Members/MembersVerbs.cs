namespace BreedBot.Web.Members;

/// <summary>The join card's Action.Execute verbs.</summary>
public static class MembersVerbs
{
    /// <summary>"Doe mee" (and the profile form's save): the answers on the card.</summary>
    public const string Submit = "join.submit";

    /// <summary>"Niet nu".</summary>
    public const string Decline = "join.decline";
}
