namespace BreedBot.Web.Pairing;

/// <summary>What BreedBot says about a duo of the organisation pool: a partner from outside your own team.</summary>
internal sealed partial record PairingTexts
{
    public string PoolDuoIntro => English
        ? "Through your organisation's pool you now also have a duo partner from outside your own team — maak het breed. For the coming weeks you also share cases with:"
        : "Via de organisatiepool heb je nu ook een duopartner buiten je eigen team — maak het breed. De komende weken deel je ook je casussen met:";

    /// <summary>A pool partner with their own team, so the card says where they work.</summary>
    public static string PoolPartner(string name, string? team) => string.IsNullOrWhiteSpace(team) ? name : $"{name} ({team.Trim()})";

    public string PoolNotPlaced => English
        ? "This time I found no duo partner outside your team for you: everyone else in the pool is in one of your teams, or one of you chose 'rather not with'. Your duo in your own team stays; I'll try again at the pool's next pairing."
        : "Deze keer vond ik geen duopartner buiten je team voor je: de anderen in de pool zitten in een van je teams, of een van jullie koos 'liever niet met'. Je duo in je eigen team blijft; bij de volgende koppeling van de pool probeer ik het opnieuw.";
}
