using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Teams;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;

namespace BreedBot.Web.Pairing;

/// <summary>
/// Tells one member, in their own chat, about their duo: the card with partner names and moment,
/// or a short text. Proactive messages are in Dutch: BreedBot does not know the reader's locale.
/// </summary>
internal sealed class DuoAnnouncer(PersonalChats chats, BotMessenger messenger)
{
    public async Task SendDuoAsync(TeamInstallation team, Duo duo, TeamMember member, IReadOnlyList<TeamMember> everyone, CancellationToken ct)
    {
        var chat = await chats.ReachAsync(team, RosterPerson.Of(member), ct);
        await messenger.PostCardAsync(chat, DuoCard.Render(UserLanguage.Dutch, Model(team, duo, member.MemberKey, everyone)), null, ct);
    }

    public async Task SendTextAsync(TeamInstallation team, TeamMember member, string text, CancellationToken ct)
    {
        var chat = await chats.ReachAsync(team, RosterPerson.Of(member), ct);
        await messenger.PostTextAsync(chat, text, ct);
    }

    public static DuoCardModel Model(TeamInstallation team, Duo duo, string selfKey, IReadOnlyList<TeamMember> everyone)
    {
        var partners = duo.Members.Where(k => k != selfKey).Select(k => everyone.FirstOrDefault(m => m.MemberKey == k)).OfType<TeamMember>().ToList();
        return new DuoCardModel(
            team.TeamName,
            [.. partners.Select(p => string.IsNullOrWhiteSpace(p.Name) ? "?" : p.Name!)],
            [.. partners.Select(p => p.UserPrincipalName).OfType<string>()],
            duo.Moment,
            duo.MomentAgreed);
    }
}
