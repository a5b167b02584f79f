namespace BreedBot.Web.Members;

/// <summary>The profile card's words, Dutch and English side by side.</summary>
internal sealed partial class MembersTexts
{
    /// <summary>Content-free: no team name, no answer.</summary>
    public string ProfileSummary => en ? "BreedBot: your profile" : "BreedBot: je profiel";

    public string ProfileTitle(string team) => en ? $"Your profile in {team}" : $"Je profiel in {team}";

    public string StatusJoined => en ? "You take part in the duos." : "Je doet mee met de duo's.";

    public string StatusPaused(string date) => en
        ? $"You take part, but you are paused up to and including {date}."
        : $"Je doet mee, maar je pauzeert tot en met {date}.";

    public string StatusNotYet => en ? "You don't take part in the duos yet." : "Je doet nog niet mee met de duo's.";

    public string StatusStopped => en ? "You stopped taking part in the duos." : "Je bent gestopt met de duo's.";

    public string NoAnswers => en ? "You haven't given any answers yet." : "Je hebt nog geen antwoorden gegeven.";

    public string FactRole => en ? "Role" : "Rol";

    public string FactCluster => en ? "Professional group" : "Beroepsgroep";

    public string FactMoment => en ? "Weekly moment" : "Vast moment";

    public string FactYears => en ? "Experience" : "Ervaring";

    public string FactNotWith => en ? "Rather not with" : "Liever niet met";

    public string Years(int years) => en ? (years == 1 ? "1 year" : $"{years} years") : $"{years} jaar";

    public string NotFilledIn => en ? "not filled in" : "niet ingevuld";

    public string Nobody => en ? "nobody" : "niemand";

    public string FactPool => en ? "Partner outside my team" : "Partner buiten mijn team";

    public string PoolOn => en ? "yes, through the organisation pool" : "ja, via de organisatiepool";

    public string PoolOff => en ? "no" : "nee";

    public string ProfilePrivacy => en
        ? "Only you see this card. Whom you would rather not be paired with stays confidential."
        : "Alleen jij ziet deze kaart. Met wie je liever niet gekoppeld wordt, blijft vertrouwelijk.";

    public string EditButton => en ? "Change answers" : "Antwoorden aanpassen";

    public string SaveButton => en ? "Save" : "Opslaan";

    public string CancelButton => en ? "Cancel" : "Annuleren";

    public string PauseButton => en ? "Pause" : "Pauzeer";

    public string PauseDateLabel => en ? "Pause up to and including" : "Pauzeren tot en met";

    public string PauseDateError => en ? "Choose a date after today, at most a year ahead." : "Kies een datum na vandaag, hoogstens een jaar vooruit.";

    public string PauseSubmit => en ? "Pause until then" : "Pauzeer tot dan";

    public string EndPauseButton => en ? "End the pause" : "Pauze beëindigen";

    public string StopButton => en ? "Stop" : "Stop";

    public string StopQuestion(string team) => en ? $"Stop taking part in the duos of {team}?" : $"Stoppen met de duo's van {team}?";

    public string StopConsequences => en
        ? "You will no longer get a duo partner or reminders in this team. Your duo partner is told neutrally that you no longer take part. Your answers stay until you delete them; send 'join' to come back."
        : "Je krijgt dan geen duopartner en geen herinneringen meer in dit team. Je duopartner hoort neutraal dat je niet meer meedoet. Je antwoorden blijven bewaard tot je ze verwijdert; met 'doe mee' kom je terug.";

    public string StopConfirm => en ? "Yes, stop" : "Ja, stop";

    public string StopCancel => en ? "Keep taking part" : "Toch liever niet";

    public string Saved => en ? "Saved." : "Opgeslagen.";

    public string PauseEnded => en ? "Your pause has ended: you take part again." : "Je pauze is voorbij: je doet weer mee.";

    public string StoppedNotice => en
        ? "Done: you no longer take part in this team's duos. Your answers stay until you delete them."
        : "Gedaan: je doet niet meer mee met de duo's van dit team. Je antwoorden blijven bewaard tot je ze verwijdert.";

    public string StillTakingPart(string team) => en
        ? $"You take part in the duos of {team}; 'Not now' doesn't change that. To stop, use 'Stop' on this card."
        : $"Je doet mee met de duo's van {team}; 'Niet nu' verandert daar niets aan. Wil je stoppen? Dat kan hier met 'Stop'.";
}
