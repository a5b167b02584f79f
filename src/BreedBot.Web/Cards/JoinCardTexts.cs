using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Cards;

/// <summary>The join card's words in Dutch and English: labels, choices and what to fix.</summary>
internal static class JoinCardTexts
{
    public static string RoleName(MemberRole role, UserLanguage language) => (role, language == UserLanguage.English) switch
    {
        (MemberRole.Wijkteam, false) => "Wijkteam",
        (MemberRole.Wijkteam, true) => "Neighbourhood team (wijkteam)",
        (MemberRole.MaatschappelijkWerk, false) => "Maatschappelijk werk",
        (MemberRole.MaatschappelijkWerk, true) => "Social work",
        (MemberRole.VeiligThuis, _) => "Veilig Thuis",
        (MemberRole.Vrouwenopvang, false) => "Vrouwenopvang",
        (MemberRole.Vrouwenopvang, true) => "Women's shelter",
        (MemberRole.Wijkverpleging, false) => "Wijkverpleging",
        (MemberRole.Wijkverpleging, true) => "District nursing",
        (MemberRole.Poh, false) => "Praktijkondersteuner (POH)",
        (MemberRole.Poh, true) => "Practice nurse (POH)",
        (MemberRole.Doktersassistent, false) => "Doktersassistent",
        (MemberRole.Doktersassistent, true) => "Doctor's assistant",
        (MemberRole.CasemanagerDementie, false) => "Casemanager dementie",
        (MemberRole.CasemanagerDementie, true) => "Dementia case manager",
        (_, false) => "Anders",
        (_, true) => "Other",
    };

    public static string ClusterName(Beroepscluster cluster, UserLanguage language) => (cluster, language == UserLanguage.English) switch
    {
        (Beroepscluster.SociaalWerk, false) => "Sociaal werk, jeugd en gezin",
        (Beroepscluster.SociaalWerk, true) => "Social work, youth and family",
        (Beroepscluster.VerpleegkundigeVerzorgende, false) => "Verpleegkundige of verzorgende",
        (Beroepscluster.VerpleegkundigeVerzorgende, true) => "Nurse or carer",
        (Beroepscluster.Arts, false) => "Arts",
        (Beroepscluster.Arts, true) => "Physician",
        (_, false) => "Anders",
        (_, true) => "Other",
    };

    public static string DayName(DayOfWeek day, UserLanguage language) =>
        language == UserLanguage.English
            ? day.ToString()
            : System.Globalization.CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.GetDayName(day);

    public static string Problem(ProfileProblem problem, UserLanguage language) => (problem, language == UserLanguage.English) switch
    {
        (ProfileProblem.RoleMissing, false) => "Kies je rol.",
        (ProfileProblem.RoleMissing, true) => "Choose your role.",
        (ProfileProblem.ClusterMissing, false) => "Kies je beroepsgroep.",
        (ProfileProblem.ClusterMissing, true) => "Choose your professional group.",
        (ProfileProblem.DayMissing, false) => "Kies een werkdag voor jullie vaste moment.",
        (ProfileProblem.DayMissing, true) => "Choose a working day for your weekly moment.",
        (ProfileProblem.TimeMissing, false) => "Vul een tijd in, bijvoorbeeld 09:30.",
        (ProfileProblem.TimeMissing, true) => "Enter a time, for example 09:30.",
        (ProfileProblem.TimeOutOfRange, false) => "Kies een tijd tussen 07:00 en 19:00.",
        (ProfileProblem.TimeOutOfRange, true) => "Choose a time between 07:00 and 19:00.",
        (ProfileProblem.YearsInvalid, false) => "Vul bij ervaring een getal in van 0 tot 60, of laat het leeg.",
        (ProfileProblem.YearsInvalid, true) => "Enter years of experience as a number from 0 to 60, or leave it empty.",
        (ProfileProblem.NotWithTooMany, false) => "Je kunt hoogstens 3 collega's kiezen bij 'liever niet met'.",
        (ProfileProblem.NotWithTooMany, true) => "You can choose at most 3 colleagues under 'rather not with'.",
        (ProfileProblem.NotWithNotInTeam, false) => "Kies bij 'liever niet met' alleen collega's uit dit team.",
        (_, _) => "Under 'rather not with', choose only colleagues from this team.",
    };
}
