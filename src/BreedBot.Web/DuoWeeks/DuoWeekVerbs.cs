namespace BreedBot.Web.DuoWeeks;

/// <summary>The reminder card's Action.Execute verbs (its "start een reflectie" is the reflection flow's).</summary>
public static class DuoWeekVerbs
{
    /// <summary>"We hebben gesproken": what the duo did, and how useful it was.</summary>
    public const string CheckIn = "duo.checkin";

    /// <summary>"Verzet": another day and time this week.</summary>
    public const string Move = "duo.move";

    /// <summary>"Sla deze week over", with a reason that is only counted.</summary>
    public const string Skip = "duo.skip";

    /// <summary>"Sla volgende keer over": the next moment skipped ahead of time, with a reason that is only counted.</summary>
    public const string SkipNext = "duo.skipnext";

    /// <summary>The guide's third part: the next step and its date become the presser's follow-up.</summary>
    public const string Step = "duo.step";
}
