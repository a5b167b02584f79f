namespace BreedBot.Web.Members;

/// <summary>The Action.Execute verbs of the join card and the profile card.</summary>
public static class MembersVerbs
{
    /// <summary>"Doe mee" on the invitation: the answers on the card.</summary>
    public const string Submit = "join.submit";

    /// <summary>"Niet nu" on the invitation; it changes nothing for a member who takes part.</summary>
    public const string Decline = "join.decline";

    /// <summary>The profile card as it is ("Annuleren", "Toch liever niet").</summary>
    public const string ProfileShow = "profile.show";

    /// <summary>"Antwoorden aanpassen" (or "Doe mee" when not taking part): the form on the profile card.</summary>
    public const string ProfileEdit = "profile.edit";

    /// <summary>"Opslaan" on the profile form.</summary>
    public const string ProfileSave = "profile.save";

    /// <summary>"Pauzeer tot dan", with the chosen date.</summary>
    public const string ProfilePause = "profile.pause";

    /// <summary>"Pauze beëindigen".</summary>
    public const string ProfileResume = "profile.resume";

    /// <summary>"Stop": asks first.</summary>
    public const string ProfileStop = "profile.stop";

    /// <summary>"Ja, stop".</summary>
    public const string ProfileStopConfirmed = "profile.stop.confirm";
}
