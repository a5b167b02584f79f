using BreedBot.Connector.Client;
using BreedBot.Domain.Reflections;
using BreedBot.Storage.Users;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Brings a shared reflection to the partners it was shared with, each in their own 1:1 chat, and
/// a partner's response back to the author. A send that fails is logged and does not undo the
/// stored reflection: the author already has their summary.
/// </summary>
internal sealed class ReflectionSharing(PersonalChats personalChats, UserConversationStore chats, BotMessenger messenger, ILogger<ReflectionSharing> logger)
{
    public async Task<int> SendToPartnersAsync(Reflection reflection, IReadOnlyList<DuoPartner> partners, string? authorName, UserLanguage language, CancellationToken ct)
    {
        var sent = 0;
        foreach (var partner in partners.Where(p => reflection.SharedWith.Contains(p.Member.MemberKey)))
        {
            try
            {
                var chat = await personalChats.ReachAsync(partner.Team, RosterPerson.Of(partner.Member), ct);
                await messenger.PostCardAsync(chat, ReflectionSharedCard.Render(language, reflection, authorName), null, ct);
                sent++;
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException)
            {
                Log.ReflectionShareFailed(logger, e.GetType().Name);
            }
        }

        return sent;
    }

    public async Task<bool> TellAuthorAsync(Reflection reflection, string? partnerName, UserLanguage language, CancellationToken ct)
    {
        if (reflection.Response is not { } response || await chats.GetAsync(reflection.TenantId, reflection.AuthorKey, ct) is not { } chat)
        {
            return false;
        }

        var en = language == UserLanguage.English;
        var who = string.IsNullOrWhiteSpace(partnerName) ? (en ? "Your duo partner" : "Je duo-partner") : partnerName.Trim();
        try
        {
            await messenger.PostCardAsync(chat.Chat, NoticeCard.Render(language,
                en ? $"{who} responded to your reflection '{reflection.Label}'" : $"{who} reageerde op je reflectie '{reflection.Label}'",
                response.Text), null, ct);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            Log.ReflectionShareFailed(logger, e.GetType().Name);
            return false;
        }
    }
}
