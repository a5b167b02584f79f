using BreedBot.Web.Localization;

namespace BreedBot.Web.Acute;

/// <summary>
/// The consult request a partner or aandachtsfunctionaris receives, in their language when BreedBot knows it
/// (the locale of their personal install), else Dutch. Only the requester's name and a chat link; no case, no reason.
/// </summary>
internal static class UrgentConsultText
{
    public static string For(UserLanguage language, string? requesterName, string? requesterUpn)
    {
        var en = language == UserLanguage.English;
        var name = string.IsNullOrWhiteSpace(requesterName) ? (en ? "A colleague" : "Een collega") : requesterName.Trim();
        var link = string.IsNullOrWhiteSpace(requesterUpn)
            ? string.Empty
            : (en ? " Chat now: " : " Chat direct: ") + $"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(requesterUpn)}";
        return en
            ? $"{name} would like to consult you urgently about a case.{link}"
            : $"{name} wil graag met spoed met je overleggen over een casus.{link}";
    }
}
