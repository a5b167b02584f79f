using BreedBot.Domain.Settings;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>What BreedBot says about team settings, in Dutch and English. Kind and short; never a reason for a decline.</summary>
internal sealed partial record SettingsTexts(bool En)
{
    public static SettingsTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public string OnlyInTeamChannel => En
        ? "Team settings are changed in the channel of a team that has BreedBot: '@BreedBot settings'."
        : "Teaminstellingen pas je aan in het kanaal van een team met BreedBot: '@BreedBot instellingen'.";

    public string OnlyOwners => En
        ? "Only owners of this team can change BreedBot's settings. Nothing was changed. Ask an owner if something should be different."
        : "Alleen eigenaren van dit team kunnen de instellingen van BreedBot aanpassen. Er is niets veranderd. Vraag een eigenaar als iets anders moet.";

    public string Saved => En ? "Saved. The changes are recorded below." : "Opgeslagen. De wijzigingen staan hieronder.";

    public string NothingChanged => En ? "Nothing was changed." : "Er is niets veranderd.";

    public string NotStored => En
        ? "Nothing was stored: please look at the points below."
        : "Er is niets opgeslagen: kijk even naar de punten hieronder.";

    public string AfNotReached => En
        ? "The new aandachtsfunctionaris could not be sent a message just now; the setting is saved."
        : "De nieuwe aandachtsfunctionaris kon ik nu geen bericht sturen; de instelling is wel opgeslagen.";

    public string Problem(SettingsProblem problem) => (problem, En) switch
    {
        (SettingsProblem.SummaryDay, false) => "Kies een werkdag voor het weekoverzicht.",
        (SettingsProblem.SummaryDay, true) => "Choose a working day for the weekly summary.",
        (SettingsProblem.SummaryTime, false) => "Kies voor het weekoverzicht een tijd tussen 07:00 en 19:00.",
        (SettingsProblem.SummaryTime, true) => "Choose a time between 07:00 and 19:00 for the weekly summary.",
        (SettingsProblem.TimeZone, false) => "Kies een tijdzone uit de lijst.",
        (SettingsProblem.TimeZone, true) => "Choose a time zone from the list.",
        (SettingsProblem.Rotation, false) => "Kies elke 4 tot 26 weken, of nooit.",
        (SettingsProblem.Rotation, true) => "Choose every 4 to 26 weeks, or never.",
        (SettingsProblem.Aandachtsfunctionaris, false) => "Kies als aandachtsfunctionaris iemand uit dit team, of niemand.",
        (SettingsProblem.Aandachtsfunctionaris, true) => "Choose someone from this team as aandachtsfunctionaris, or nobody.",
        (SettingsProblem.MixRoles, false) => "Zet 'rollen mengen' aan of uit.",
        (SettingsProblem.MixRoles, true) => "Turn 'mix roles' on or off.",
        (SettingsProblem.RetentionDays, false) => "Kies een bewaartermijn binnen de grenzen die erbij staan.",
        (SettingsProblem.RetentionDays, true) => "Choose a retention period within the bounds shown.",
        (SettingsProblem.Rhythm, false) => "Kies elke week of om de week.",
        (SettingsProblem.Rhythm, true) => "Choose every week or every two weeks.",
        (SettingsProblem.Paused, false) => "Zet 'pauzeren' aan of uit.",
        (_, _) => "Turn 'pause' on or off.",
    };

    public string FieldName(SettingField field) => (field, En) switch
    {
        (SettingField.SummaryDay, false) => "dag weekoverzicht",
        (SettingField.SummaryDay, true) => "summary day",
        (SettingField.SummaryTime, false) => "tijd weekoverzicht",
        (SettingField.SummaryTime, true) => "summary time",
        (SettingField.TimeZone, false) => "tijdzone",
        (SettingField.TimeZone, true) => "time zone",
        (SettingField.Rotation, false) => "opnieuw koppelen",
        (SettingField.Rotation, true) => "re-pairing",
        (SettingField.Aandachtsfunctionaris, _) => "aandachtsfunctionaris",
        (SettingField.MixRoles, false) => "rollen mengen",
        (SettingField.MixRoles, true) => "mix roles",
        (SettingField.RetentionDays, false) => "bewaartermijn",
        (SettingField.RetentionDays, true) => "retention",
        (SettingField.Rhythm, false) => "duomomenten",
        (SettingField.Rhythm, true) => "duo moments",
        (SettingField.QuietWeeks, false) => "rustige weken",
        (SettingField.QuietWeeks, true) => "quiet weeks",
        (SettingField.Paused, false) => "gepauzeerd",
        (SettingField.OrganisationPool, false) => "organisatiepool",
        (SettingField.OrganisationPool, true) => "organisation pool",
        (_, _) => "paused",
    };

    /// <summary>The channel hears that the role is open again — not who declined, nor why.</summary>
    public string AfDeclinedInChannel => En
        ? "The chosen aandachtsfunctionaris will not take on the role. This team has no aandachtsfunctionaris in BreedBot now; an owner can choose someone else with '@BreedBot settings'."
        : "De gekozen aandachtsfunctionaris neemt de rol niet aan. Dit team heeft in BreedBot nu geen aandachtsfunctionaris; een eigenaar kan iemand anders kiezen met '@BreedBot instellingen'.";

    /// <summary>The decline pressed by someone who does not hold the role (any more): nothing happened, and it says so.</summary>
    public string AfNotYoursTitle => En ? "You don't have this role" : "Je hebt deze rol niet";

    public string AfNotYours(string team) => En
        ? $"You are not the aandachtsfunctionaris of {team} in BreedBot, so there is nothing to decline. Nothing was changed and nobody was told."
        : $"Je bent in BreedBot niet de aandachtsfunctionaris van {team}, dus er is niets om te weigeren. Er is niets veranderd en niemand krijgt bericht.";
}
