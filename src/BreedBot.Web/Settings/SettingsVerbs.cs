namespace BreedBot.Web.Settings;

/// <summary>The Action.Execute verbs of the team settings; each carries the <c>teamId</c>.</summary>
public static class SettingsVerbs
{
    /// <summary>The owners' settings card submitted.</summary>
    public const string Save = "settings.save";

    /// <summary>The recent changes shown on the owner's own card.</summary>
    public const string Changes = "settings.changes";

    /// <summary>The chosen aandachtsfunctionaris declines the role.</summary>
    public const string DeclineAandachtsfunctionaris = "settings.af.decline";
}
