namespace BreedBot.Web.Acute;

/// <summary>
/// The consult request a partner receives. Dutch, like every proactive message: BreedBot does not
/// know the reader's locale. Only the requester's name and a chat link; no case, no reason.
/// </summary>
internal static class UrgentConsultText
{
    public static string For(string? requesterName, string? requesterUpn)
    {
        var name = string.IsNullOrWhiteSpace(requesterName) ? "Een collega" : requesterName.Trim();
        var link = string.IsNullOrWhiteSpace(requesterUpn)
            ? string.Empty
            : $" Chat direct: https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(requesterUpn)}";
        return $"{name} wil graag met spoed met je overleggen over een casus.{link}";
    }
}
