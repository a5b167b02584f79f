namespace BreedBot.Web.MyData;

/// <summary>The Action.Execute verbs of "mijn gegevens" and "verwijder mijn gegevens".</summary>
public static class MyDataVerbs
{
    /// <summary>"Stuur me alles": the full content, split over several messages.</summary>
    public const string Export = "mydata.export";

    /// <summary>"Alles verwijderen…": the question first.</summary>
    public const string AskDelete = "mydata.ask";

    /// <summary>The question answered: delete everything.</summary>
    public const string Delete = "mydata.delete";

    /// <summary>The question answered: keep it.</summary>
    public const string Keep = "mydata.keep";
}
