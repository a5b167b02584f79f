using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The safety words every card may carry, Dutch and English side by side: the one acute headline BreedBot uses
/// everywhere, the Veilig Thuis line, the "Acuut gevaar" button. Facts from the domain brief: 112 for direct danger;
/// Veilig Thuis 0800-2000, free, day and night, for advice or a report. 112 always comes first.
/// </summary>
internal sealed class SafetyTexts(bool en)
{
    public static SafetyTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public string Headline => en ? "Direct danger? Call 112 now." : "Direct gevaar? Bel nu 112.";

    public string Advice => en ? "Advice or a report: Veilig Thuis 0800-2000 (free, day and night)." : "Advies of melding: Veilig Thuis 0800-2000 (gratis, dag en nacht).";

    public string AcuteButton => en ? "Acute danger" : "Acuut gevaar";

    /// <summary>Content-free summaries of the kernel's own cards.</summary>
    public string NoticeSummary => en ? "BreedBot: update" : "BreedBot: bericht";

    public string ConfirmSummary => en ? "BreedBot: please confirm" : "BreedBot: bevestig even";
}
