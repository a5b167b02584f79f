using BreedBot.Storage.Users;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Privacy;

/// <summary>The address of the 1:1 chat. Erased last: until then BreedBot can still confirm to the person.</summary>
internal sealed class ChatPersonalData(UserConversationStore chats) : IPersonalDataSource
{
    public int Order => 900;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var en = language == UserLanguage.English;
        if (await chats.GetAsync(subject.TenantId, subject.MemberKey, ct) is not { } chat)
        {
            return [];
        }

        var since = PersonalDataDates.Format(chat.StatusChangedAt, language);
        return [new PersonalDataSection(
            en ? "Chat address" : "Chatadres",
            1,
            chat.StatusChangedAt,
            [(en ? $"The address of this chat, so BreedBot can message you (since {since})." : $"Het adres van deze chat, zodat BreedBot je berichten kan sturen (sinds {since}).")
                + (chat.Locale is { } locale ? (en ? $" Your Teams language ({locale}), so a message from BreedBot can speak it." : $" Je Teams-taal ({locale}), zodat een bericht van BreedBot die kan spreken.") : "")])];
    }

    public Task EraseAsync(PersonalDataSubject subject, CancellationToken ct) => chats.EraseAsync(subject.TenantId, subject.MemberKey, ct);
}
