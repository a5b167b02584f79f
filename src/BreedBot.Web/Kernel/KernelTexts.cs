using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>The words the kernel's own parts say, Dutch and English: answers sent in private, a team without a name.</summary>
internal sealed class KernelTexts(bool en)
{
    public static KernelTexts For(UserLanguage language) => new(language == UserLanguage.English);

    public string SentPrivately => en ? "I'll send you that in a personal message." : "Dat stuur ik je persoonlijk.";

    public string CannotReachPrivately => en
        ? "I can't send you a personal message. Add BreedBot in your chat (Apps → BreedBot → Add) and then ask again."
        : "Ik kan je geen persoonlijk bericht sturen. Voeg BreedBot toe in je chat (Apps → BreedBot → Toevoegen) en vraag het dan opnieuw.";

    /// <summary>The first line of a private answer to something asked in a team's channel.</summary>
    public string AboutTeam(string? teamName) => string.IsNullOrWhiteSpace(teamName)
        ? (en ? "About your team:" : "Over je team:")
        : (en ? $"About {teamName.Trim()}:" : $"Over {teamName.Trim()}:");
}
