using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Members;

/// <summary>
/// Every word of joining and taking part, Dutch and English side by side: the join card (labels, choices, what to fix),
/// the answers to "doe mee", "pauze" and "stop", and what "mijn gegevens" says of a membership.
/// </summary>
internal sealed partial class MembersTexts(bool en)
{
    public static MembersTexts For(UserLanguage language) => new(language == UserLanguage.English);

    /// <summary>Content-free: no team name, no colleague.</summary>
    public string JoinSummary => en ? "BreedBot: join your team's duos" : "BreedBot: doe mee met duo's";

    /// <summary>The team as the texts name it: its name, or "your team" when Teams gave none.</summary>
    public string Team(string? name) => string.IsNullOrWhiteSpace(name) ? (en ? "your team" : "je team") : name;

    public string JoinTitle(string team) => en ? $"Join the duos of {team}?" : $"Doe je mee met de duo's van {team}?";

    public string JoinIntro => en
        ? "BreedBot pairs you with a colleague for a short weekly moment: discuss a case, look back, share what you know. Joining is voluntary and you can stop at any time."
        : "BreedBot koppelt je aan een collega voor een kort vast moment per week: een casus bespreken, terugkijken, kennis delen. Meedoen is vrijwillig en je kunt altijd stoppen.";

    public string RoleLabel => en ? "Your role" : "Je rol";

    public string RoleError => en ? "Choose your role." : "Kies je rol.";

    public string ClusterLabel => en ? "Professional group (for the meldcode)" : "Beroepsgroep (voor de meldcode)";

    public string ClusterError => en ? "Choose your professional group." : "Kies je beroepsgroep.";

    public string DayLabel => en ? "Weekly moment: day" : "Vast moment: dag";

    public string DayError => en ? "Choose a day." : "Kies een dag.";

    public string TimeLabel => en ? "Time" : "Tijd";

    public string TimeError => en ? "Choose a time between 07:00 and 19:00." : "Kies een tijd tussen 07:00 en 19:00.";

    public string YearsLabel => en ? "Years of experience in this work (optional)" : "Jaren ervaring in dit werk (mag leeg)";

    public string YearsPlaceholder => en ? "e.g. 5" : "bijv. 5";

    public string NotWithLabel => en ? "Rather not paired with (at most 3, optional)" : "Liever niet gekoppeld met (hoogstens 3, mag leeg)";

    public string PoolLabel => en ? "Organisation pool (your team takes part)" : "Organisatiepool (je team doet mee)";

    public string PoolTitle => en
        ? "Also a duo partner outside my team — once a rotation, someone from another team, preferably another professional group"
        : "Ook een duopartner buiten mijn team — één keer per rotatie iemand uit een ander team, liefst een andere beroepsgroep";

    public string PoolOptedIn => en
        ? "You also get a duo partner outside your team at the organisation pool's next pairing; your duo in the team stays. Turn it off any time with 'profile'."
        : "Bij de volgende koppeling van de organisatiepool krijg je ook een duopartner buiten je team; je duo in het team blijft. Uitzetten kan altijd met 'profiel'.";

    public string PoolOptedOut => en
        ? "No duo partner outside your team: you get no pool reminders any more."
        : "Geen duopartner buiten je team: je krijgt geen poolherinneringen meer.";

    public string JoinPrivacy => en
        ? "Only you see whom you would rather not be paired with. BreedBot stores these answers for pairing only."
        : "Alleen jij ziet met wie je liever niet gekoppeld wordt. BreedBot bewaart deze antwoorden alleen voor het koppelen.";

    public string JoinButton => en ? "Join" : "Doe mee";

    public string NotNowButton => en ? "Not now" : "Niet nu";

    public string JoinedTitle(string team) => en ? $"You're in: {team}" : $"Je doet mee met {team}";

    public string JoinedWhatNext => en ? "BreedBot will tell you who your duo partner is once the duos are paired." : "BreedBot laat je weten wie je duopartner is zodra de duo's gekoppeld zijn.";

    public string JoinedHowToChange => en
        ? "Change your answers any time with 'profile'; take a break with 'pause until 1-3-2027'; leave with 'stop'."
        : "Je antwoorden aanpassen kan altijd met 'profiel'; even pauzeren met 'pauze tot 1-3-2027'; stoppen met 'stop'.";

    public string DeclinedTitle => en ? "Okay, not now" : "Oké, niet nu";

    public string Declined(string team) => en
        ? $"You are not taking part in the duos of {team}. Send 'join' whenever you'd like to."
        : $"Je doet niet mee met de duo's van {team}. Stuur 'doe mee' als je later wel wilt.";

    public string NotInAnyTeam => en
        ? "I don't know you from a team yet. Once BreedBot is added to your team, you'll get an invitation here."
        : "Ik ken je nog niet uit een team. Zodra BreedBot aan je team is toegevoegd, krijg je hier een uitnodiging.";

    public string Stopped => en
        ? "Done: you no longer take part in duos or get reminders. Your answers stay until you delete them. Send 'join' to come back."
        : "Gedaan: je doet niet meer mee met duo's en krijgt geen herinneringen. Je antwoorden blijven bewaard tot je ze verwijdert. Stuur 'doe mee' om terug te komen.";

    public string PauseUntilWhen => en
        ? "Until when? For example: 'pause until 15-03-2027'. A pause ends after today and lasts at most a year."
        : "Tot wanneer? Bijvoorbeeld: 'pauze tot 15-03-2027'. Een pauze eindigt na vandaag en duurt hoogstens een jaar.";

    public string Paused(string date) => en
        ? $"You're paused up to and including {date}. After that you take part again automatically."
        : $"Je pauzeert tot en met {date}. Daarna doe je vanzelf weer mee.";

    public string MembershipsTitle => en ? "Teams and your answers" : "Teams en je antwoorden";

    public string MembershipWithoutAnswers(string? team, string status, string since) => en
        ? $"Team {team}: {status} since {since}; no answers stored."
        : $"Team {team}: {status} sinds {since}; geen antwoorden bewaard.";

    public string Membership(string? team, string status, string since, string role, string cluster, string day, TimeOnly time, string years, string notWith, string more) => en
        ? $"Team {team}: {status} since {since}. Role: {role}; group: {cluster}; moment: {day} {time:HH\\:mm}; years: {years}; rather not with: {notWith}.{more}"
        : $"Team {team}: {status} sinds {since}. Rol: {role}; beroepsgroep: {cluster}; moment: {day} {time:HH\\:mm}; ervaring: {years} jaar; liever niet met: {notWith}.{more}";

    public string PausedUntil(string date) => en ? $" Paused up to and including {date}." : $" Pauze tot en met {date}.";

    public string TimeZone(string zone) => en ? $" Time zone (from Teams, for your reminders): {zone}." : $" Tijdzone (uit Teams, voor je herinneringen): {zone}.";

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
        (MemberRole.Doktersassistent, true) => "GP assistant",
        (MemberRole.CasemanagerDementie, false) => "Casemanager dementie",
        (MemberRole.CasemanagerDementie, true) => "Dementia case manager",
        (_, false) => "Anders",
        (_, true) => "Other",
    };

    public static string ClusterName(Beroepscluster cluster, UserLanguage language) => (cluster, language == UserLanguage.English) switch
    {
        (Beroepscluster.SociaalWerk, false) => "Wijkteam of sociaal werk",
        (Beroepscluster.SociaalWerk, true) => "Neighbourhood team or social work",
        (Beroepscluster.MaatschappelijkWerk, false) => "Maatschappelijk werk",
        (Beroepscluster.MaatschappelijkWerk, true) => "Social casework (maatschappelijk werk)",
        (Beroepscluster.Jeugdhulp, false) => "Jeugdhulp",
        (Beroepscluster.Jeugdhulp, true) => "Youth care",
        (Beroepscluster.Arts, false) => "Huisarts of andere arts",
        (Beroepscluster.Arts, true) => "GP or other physician",
        (Beroepscluster.Praktijkondersteuning, false) => "POH, doktersassistent of praktijkondersteuner",
        (Beroepscluster.Praktijkondersteuning, true) => "Practice nurse (POH), GP assistant or practice support",
        (Beroepscluster.VerpleegkundigeVerzorgende, false) => "Wijkverpleging of thuiszorg",
        (Beroepscluster.VerpleegkundigeVerzorgende, true) => "District nursing or home care",
        (Beroepscluster.Ggz, false) => "GGZ of psycholoog",
        (Beroepscluster.Ggz, true) => "Mental health care or psychologist",
        (Beroepscluster.Onderwijs, false) => "Onderwijs",
        (Beroepscluster.Onderwijs, true) => "Education",
        (Beroepscluster.Kinderopvang, false) => "Kinderopvang",
        (Beroepscluster.Kinderopvang, true) => "Childcare",
        (Beroepscluster.VeiligThuisOpvang, false) => "Veilig Thuis of vrouwenopvang",
        (Beroepscluster.VeiligThuisOpvang, true) => "Veilig Thuis or women's shelter",
        (_, false) => "Anders",
        (_, true) => "Other",
    };

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
