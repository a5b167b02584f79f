using BreedBot.Web.Kernel;

namespace BreedBot.Web.CourageStories;

/// <summary>The Action.Execute verbs of "deel een moedig moment"; each carries the chosen <c>team</c>.</summary>
public static class CourageStoryVerbs
{
    /// <summary>The written story, checked, shown as the summary will show it.</summary>
    public const string Preview = "courage.preview";

    /// <summary>A waiting story taken back; data: <c>story</c> is its id.</summary>
    public const string Withdraw = "courage.withdraw";

    /// <summary>The previewed story saved for the team's next summary.</summary>
    public const string Confirm = "courage.confirm";

    /// <summary>The form with an empty text field, from the offer after a follow-up answered "ja, gedaan".</summary>
    public const string Open = CourageStoryOpening.Verb;

    /// <summary>Back from the preview to the form, the text kept.</summary>
    public const string Edit = "courage.edit";
}
