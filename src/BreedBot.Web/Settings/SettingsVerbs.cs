namespace BreedBot.Web.Settings;

/// <summary>The Action.Execute verbs of the team settings; each carries the <c>teamId</c>.</summary>
public static class SettingsVerbs
{
    /// <summary>The owners' settings card submitted.</summary>
    public const string Save = "settings.save";

    /// <summary>The recent changes shown on the owner's own card.</summary>
    public const string Changes = "settings.changes";

    /// <summary>The settings card's "rustige weken": the quiet-weeks card.</summary>
    public const string QuietWeeks = "settings.quiet";

    /// <summary>A quiet period added on the quiet-weeks card (label, from, to).</summary>
    public const string AddQuietWeeks = "settings.quiet.add";

    /// <summary>A quiet period removed (its from and to name it: periods never overlap).</summary>
    public const string RemoveQuietWeeks = "settings.quiet.remove";

    /// <summary>From the quiet-weeks card back to the settings card.</summary>
    public const string BackFromQuietWeeks = "settings.quiet.back";

    /// <summary>The settings card's "Organisatiepool": the pool card for the team.</summary>
    public const string Pool = "settings.pool";

    /// <summary>The team joins its organisation's pool.</summary>
    public const string PoolJoin = "settings.pool.join";

    /// <summary>The team leaves the pool.</summary>
    public const string PoolLeave = "settings.pool.leave";

    /// <summary>From the pool card back to the settings card.</summary>
    public const string PoolBack = "settings.pool.back";

    /// <summary>The chosen aandachtsfunctionaris declines the role.</summary>
    public const string DeclineAandachtsfunctionaris = "settings.af.decline";
}
