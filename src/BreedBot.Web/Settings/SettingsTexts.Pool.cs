namespace BreedBot.Web.Settings;

/// <summary>The words of the pool card: an owner lets the team join the organisation's pool, or leave it.</summary>
internal sealed partial record SettingsTexts
{
    public string PoolButton => En ? "Organisation pool" : "Organisatiepool";

    public string PoolTitle(string? team) => En
        ? $"Organisation pool: {Team(team)}"
        : $"Organisatiepool: {Team(team)}";

    public string PoolIntro => En
        ? "Small teams can join your organisation's pool. Members of pooled teams can then choose 'also a duo partner outside my team': once a rotation, BreedBot pairs them with someone from another pooled team, preferably another professional group (a POH with a wijkteam worker). Their duo in their own team stays; two people of one team are never paired through the pool, and every 'rather not with' holds."
        : "Kleine teams kunnen meedoen met de pool van je organisatie. Leden van die teams kunnen dan kiezen voor 'ook een duopartner buiten mijn team': één keer per rotatie koppelt BreedBot hen aan iemand uit een ander team in de pool, liefst uit een andere beroepsgroep (een POH met een wijkteammedewerker). Hun duo in het eigen team blijft; twee mensen uit één team worden nooit via de pool gekoppeld, en elke 'liever niet met' telt.";

    /// <summary>The same word in both languages.</summary>
    public static string PoolStatusLabel => "Status";

    public string PoolStatus(bool inPool) => (inPool, En) switch
    {
        (true, false) => "Dit team doet mee met de organisatiepool.",
        (true, true) => "This team is in the organisation pool.",
        (false, false) => "Dit team doet niet mee met de organisatiepool.",
        _ => "This team is not in the organisation pool.",
    };

    public string PoolTeamsLabel => En ? "Teams in the pool" : "Teams in de pool";

    public string PoolHow => En
        ? "Members choose for themselves with 'profile' (off unless they turn it on). The weekly summary counts a pool duo's moments in each member's own team, counting only that team's own people towards the minimum of 3."
        : "Leden kiezen zelf, met 'profiel' (uit tot ze het aanzetten). Het weekoverzicht telt de momenten van een poolduo mee in het eigen team van elk lid; voor het minimum van 3 tellen alleen de eigen mensen van dat team.";

    public string PoolJoinButton => En ? "Join the pool" : "Doe mee met de pool";

    public string PoolLeaveButton => En ? "Leave the pool" : "Verlaat de pool";

    public string PoolBackButton => En ? "Back to settings" : "Terug naar de instellingen";

    public string PoolJoined => En
        ? "Done: this team is in the pool. Members who choose it get a partner outside the team at the pool's next pairing."
        : "Gedaan: dit team doet mee met de pool. Leden die ervoor kiezen, krijgen bij de volgende koppeling van de pool een partner buiten het team.";

    public string PoolLeft => En
        ? "Done: this team has left the pool. Its members get no more pool reminders; their duos in the team stay."
        : "Gedaan: dit team doet niet meer mee met de pool. De leden krijgen geen poolherinneringen meer; hun duo's in het team blijven.";

    public string PoolOnlyOwners => En
        ? "Only owners of this team can let it join or leave the organisation pool. Nothing was changed."
        : "Alleen eigenaren van dit team kunnen het laten meedoen met de organisatiepool, of eruit halen. Er is niets veranderd.";

    private string Team(string? name) => string.IsNullOrWhiteSpace(name) ? (En ? "your team" : "je team") : name.Trim();
}
